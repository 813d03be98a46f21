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
