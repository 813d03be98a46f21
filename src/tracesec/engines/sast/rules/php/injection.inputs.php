<?php
// Handler inputs of frameworks no rule names one by one (inputs/php.yaml), through the SQL and
// command rules

namespace App\UI\Cottage;

use Nette\Application\UI\Form;
use Nette\Application\UI\Presenter;
use Nette\Database\Explorer;

final class CottagePresenter extends Presenter
{
    public function __construct(private \PDO $pdo)
    {
    }

    public function renderDefault(): void
    {
        $village = $this->getParameter('village');
        // ruleid: trace.php.sql-injection.tainted-query
        $this->template->cottages = $this->pdo->query("SELECT * FROM cottages WHERE village = '$village'");
        $beds = (int) $this->getParameter('beds');
        // ok: trace.php.sql-injection.tainted-query
        $this->template->large = $this->pdo->query("SELECT * FROM cottages WHERE beds >= $beds");
    }

    public function actionPhoto(string $file): void
    {
        // ruleid: trace.php.command-injection.tainted-command
        shell_exec('convert /srv/photos/' . $file . ' -resize 320 /tmp/thumb.jpg');
    }

    public function renderDetail(int $id): void
    {
        // ok: trace.php.sql-injection.tainted-query
        $this->template->cottage = $this->pdo->query("SELECT * FROM cottages WHERE id = $id");
    }

    protected function createComponentBookingForm(): Form
    {
        $form = new Form();
        $form->addText('guest');
        $form->onSuccess[] = function (Form $form, \stdClass $values): void {
            // ruleid: trace.php.sql-injection.tainted-query
            $this->pdo->exec("INSERT INTO bookings (guest) VALUES ('" . $values->guest . "')");
        };
        return $form;
    }
}

final class RotaPrinter
{
    public string $cleaner = 'everyone';

    public function print(\PDO $pdo)
    {
        // a plain class's property is its own
        // ok: trace.php.sql-injection.tainted-query
        return $pdo->query("SELECT * FROM rota WHERE cleaner = '" . $this->cleaner . "'");
    }
}

// Laminas MVC: the parameter plugin
final class HallController extends \Laminas\Mvc\Controller\AbstractActionController
{
    public function __construct(private \PDO $pdo)
    {
    }

    public function searchAction()
    {
        $hall = (string) $this->params()->fromQuery('hall', 'main');
        // ruleid: trace.php.sql-injection.tainted-query
        $this->pdo->query("SELECT * FROM halls WHERE name = '" . $hall . "'");
        $post = $this->params()->fromPost();
        // ruleid: trace.php.sql-injection.tainted-query
        $this->pdo->query("SELECT * FROM halls WHERE name = '" . $post['name'] . "'");
        // ruleid: trace.php.command-injection.tainted-command
        shell_exec('lpr ' . $this->params('printer'));
        $plan = $this->params()->fromFiles('plan');
        // ok: trace.php.path-traversal.tainted-file-path
        $xml = file_get_contents($plan['tmp_name']);
        // ruleid: trace.php.path-traversal.tainted-file-path
        move_uploaded_file($plan['tmp_name'], '/srv/plans/' . $plan['name']);
        $capacity = (int) $this->params()->fromRoute('capacity');
        // ok: trace.php.sql-injection.tainted-query
        $this->pdo->query("SELECT * FROM halls WHERE capacity >= " . $capacity);
    }
}

// Flight: the request's bags and a route's arguments
final class RoomRoutes
{
    public static function register(\PDO $pdo): void
    {
        Flight::route('GET /rooms/@name', function (string $name) use ($pdo): void {
            // ruleid: trace.php.sql-injection.tainted-query
            $pdo->query("SELECT * FROM rooms WHERE name = '" . $name . "'");
            $query = Flight::request()->query;
            // ruleid: trace.php.sql-injection.tainted-query
            $pdo->query("SELECT * FROM rooms WHERE feature = '" . $query['feature'] . "'");
            // ruleid: trace.php.command-injection.tainted-command
            shell_exec('lpr ' . Flight::request()->query->printer);
        });
        Flight::route('POST /rooms/@id', function (int $id) use ($pdo): void {
            // ok: trace.php.sql-injection.tainted-query
            $pdo->query("SELECT * FROM rooms WHERE id = " . $id);
            $request = Flight::request();
            // ruleid: trace.php.sql-injection.tainted-query
            $pdo->query("UPDATE rooms SET note = '" . $request->data->note . "'");
            // ruleid: trace.php.sql-injection.tainted-query
            $pdo->query("SELECT * FROM rooms WHERE origin = '" . $request->getHeader('Origin') . "'");
            // a route without arguments: its function's parameters are not the URL's
        });
        Flight::route('GET /rooms', function ($pdo2): void {
            // ok: trace.php.sql-injection.tainted-query
            $pdo2->query("SELECT * FROM rooms WHERE open = 1");
        });
    }
}
