<?php

namespace App\Controllers;

// CodeIgniter 4: IncomingRequest getters are request data; the query builder writes a
// condition given as one string into the SQL as it is.
class Kiosk extends BaseController
{
    public function printReceipt(int $loanId)
    {
        $printer = (string) $this->request->getPost('printer');
        $copies = (string) ($this->request->getPost('copies') ?? '1');
        if (preg_match('/^[A-Za-z0-9_-]{1,32}$/', $printer) !== 1) {
            return $this->response->setStatusCode(400);
        }
        // ruleid: trace.php.command-injection.tainted-command
        exec('lp -d ' . $printer . ' -n ' . $copies . ' /tmp/r.txt', $output, $status);
        // ok: trace.php.command-injection.tainted-command
        exec('lp -d ' . $printer . ' /tmp/r.txt', $output, $status);
    }

    public function renewals()
    {
        $status = (string) ($this->request->getGet('status') ?? 'active');
        $builder = $this->db->table('loans');
        // ruleid: trace.php.sql-injection.tainted-query
        $builder->where("status = '" . $status . "'");
        // ok: trace.php.sql-injection.tainted-query
        $builder->where('status', $status);
        // ruleid: trace.php.sql-injection.tainted-query
        $this->db->table('loans')->orWhere('status', $status, false);
        // ok: trace.php.sql-injection.tainted-query
        $this->db->table('loans')->orWhere('status', $status);
        $json = $this->request->getJSON(true);
        // ruleid: trace.php.sql-injection.tainted-query
        $this->builder()->having('total > ' . $json['min']);
        // ok: trace.php.sql-injection.tainted-query
        $this->builder()->having('total >', (int) $json['min']);
        return $builder->get()->getResultArray();
    }

    public function upload()
    {
        $file = $this->request->getFile('cover');
        // ruleid: trace.php.path-traversal.tainted-file-path
        file_put_contents(WRITEPATH . 'uploads/' . $file->getClientName(), 'x');
        // ok: trace.php.path-traversal.tainted-file-path
        file_put_contents(WRITEPATH . 'uploads/' . $file->getRandomName(), 'x');
    }

    public function holds()
    {
        $card = $this->request->getVar('card');
        // ruleid: trace.php.nosql-injection.operator-injection
        $this->mongo->holds->findOne(['memberCard' => $card]);
        // ok: trace.php.nosql-injection.operator-injection
        $this->mongo->holds->findOne(['memberCard' => (string) $card]);
    }
}

// CodeIgniter 4: URI segments passed to an action, the request's server values and URI, an
// uploaded file's client name, the response's body, redirect and download
class Shelves extends BaseController
{
    public function view($slug = null)
    {
        // ruleid: trace.php.sql-injection.tainted-query
        return $this->db->query("SELECT * FROM shelves WHERE slug = '" . $slug . "'")->getResultArray();
    }

    public function page($page = 1)
    {
        // ok: trace.php.sql-injection.tainted-query
        return $this->db->query("SELECT * FROM shelves LIMIT 20 OFFSET " . $page)->getResultArray();
    }

    public function visits()
    {
        // ruleid: trace.php.sql-injection.tainted-query
        $this->db->query("INSERT INTO visits (agent) VALUES ('" . $this->request->getServer('HTTP_USER_AGENT') . "')");
        // ruleid: trace.php.sql-injection.tainted-query
        $this->db->query("SELECT * FROM shelves WHERE slug = '" . $this->request->getUri()->getSegment(3) . "'");
        // ok: trace.php.sql-injection.tainted-query
        $this->db->query("SELECT * FROM shelves WHERE id = " . (int) $this->request->getUri()->getSegment(3));
        // ruleid: trace.php.sql-injection.tainted-query
        $this->db->query("SELECT * FROM shelves WHERE tag = '" . service('request')->getGet('tag') . "'");
    }

    public function cover()
    {
        $file = $this->request->getFile('cover');
        // ruleid: trace.php.path-traversal.tainted-file-path
        $file->move(WRITEPATH . 'covers', $file->getName());
        // ok: trace.php.path-traversal.tainted-file-path
        $file->move(WRITEPATH . 'covers', $file->getRandomName());
        // ruleid: trace.php.path-traversal.tainted-file-path
        $file->store('covers/', $file->getClientName());
        // a model's name is no upload's
        $shelf = $this->shelves->find(1);
        // ok: trace.php.path-traversal.tainted-file-path
        $file->move(WRITEPATH . 'covers', $shelf->getName());
    }

    public function label()
    {
        // ruleid: trace.php.xss.tainted-echo
        return $this->response->setBody('<h1>' . $this->request->getGet('title') . '</h1>');
    }

    public function labelText()
    {
        // ok: trace.php.xss.tainted-echo
        return $this->response->setContentType('text/plain')->setBody((string) $this->request->getGet('title'));
    }

    // a string an action returns is the page
    public function title()
    {
        // ruleid: trace.php.xss.tainted-echo
        return '<h1>' . $this->request->getGet('title') . '</h1>';
    }

    public function titleEscaped()
    {
        // ok: trace.php.xss.tainted-echo
        return '<h1>' . esc($this->request->getGet('title')) . '</h1>';
    }

    public function leave()
    {
        // ruleid: trace.php.open-redirect.tainted-redirect
        return $this->response->redirect($this->request->getGet('next'));
    }

    public function leaveHeader()
    {
        // ruleid: trace.php.open-redirect.tainted-redirect
        return $this->response->setHeader('Location', $this->request->getGet('next'));
    }

    public function export()
    {
        // ruleid: trace.php.path-traversal.tainted-file-path
        return $this->response->download(WRITEPATH . 'exports/' . $this->request->getGet('file'), null);
    }

    public function exportData()
    {
        // the name of a download made of data, not a path
        // ok: trace.php.path-traversal.tainted-file-path
        return $this->response->download($this->request->getGet('file') . '.csv', 'id,title');
    }
}
