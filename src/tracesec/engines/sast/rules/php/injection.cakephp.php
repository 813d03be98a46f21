<?php
declare(strict_types=1);

namespace App\Controller;

use Cake\Datasource\ConnectionManager;

// CakePHP 4/5: the request's getters, an action's passed arguments, the connection's
// execute(), a query builder's string condition, the response's body and file
class HivesController extends AppController
{
    public function index()
    {
        $conn = ConnectionManager::get('default');
        // ruleid: trace.php.sql-injection.tainted-query
        $rows = $conn->execute("SELECT * FROM hives WHERE apiary = '" . $this->request->getQuery('apiary') . "'")->fetchAll('assoc');
        // ok: trace.php.sql-injection.tainted-query
        $bound = $conn->execute('SELECT * FROM hives WHERE apiary = ?', [$this->request->getQuery('apiary')])->fetchAll('assoc');
        // ruleid: trace.php.sql-injection.tainted-query
        $byEnv = $conn->execute("SELECT * FROM visits WHERE agent = '" . $this->request->getEnv('HTTP_USER_AGENT') . "'");
        $stmt = $conn->prepare('SELECT * FROM hives WHERE apiary = ?');
        // a prepared statement's execute() takes the values
        // ok: trace.php.sql-injection.tainted-query
        $stmt->execute([$this->request->getQuery('apiary')]);
        $this->set(compact('rows', 'bound', 'byEnv'));
    }

    public function search()
    {
        $q = $this->request->getQuery('q');
        // ruleid: trace.php.sql-injection.tainted-query
        $hives = $this->Hives->find()->where("name LIKE '%" . $q . "%'")->all();
        // ok: trace.php.sql-injection.tainted-query
        $same = $this->Hives->find()->where(['name LIKE' => '%' . $q . '%'])->all();
        $this->set(compact('hives', 'same'));
    }

    // a passed argument: /hives/view/{slug}
    public function view($slug = null)
    {
        // ruleid: trace.php.sql-injection.tainted-query
        $hive = $this->Hives->find()->where("slug = '" . $slug . "'")->first();
        $this->set(compact('hive'));
    }

    // a hook the framework calls with its own objects is no action
    public function beforeFilter(\Cake\Event\EventInterface $event)
    {
        parent::beforeFilter($event);
    }

    public function isAuthorized($user)
    {
        // ok: trace.php.sql-injection.tainted-query
        return (bool) ConnectionManager::get('default')->execute("SELECT 1 FROM keepers WHERE role = '" . $user['role'] . "'")->fetch();
    }

    public function label()
    {
        // ruleid: trace.php.xss.tainted-echo
        return $this->response->withStringBody('<h1>' . $this->request->getQuery('name') . '</h1>');
    }

    public function labelJson()
    {
        // ok: trace.php.xss.tainted-echo
        return $this->response->withType('application/json')->withStringBody((string) $this->request->getQuery('name'));
    }

    public function certificate()
    {
        // ruleid: trace.php.path-traversal.tainted-file-path
        return $this->response->withFile(RESOURCES . 'certificates' . DS . $this->request->getQuery('file'), ['download' => true]);
    }

    public function certificateByName()
    {
        // ok: trace.php.path-traversal.tainted-file-path
        return $this->response->withFile(RESOURCES . 'certificates' . DS . basename((string) $this->request->getQuery('file')));
    }

    public function back()
    {
        // ruleid: trace.php.open-redirect.tainted-redirect
        return $this->response->withHeader('location', $this->request->getQuery('to'));
    }
}
