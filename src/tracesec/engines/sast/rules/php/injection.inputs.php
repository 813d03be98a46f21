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
