<?php

namespace Modules\FrontDesk\Controllers;

use App\Controllers\BaseController;
use CodeIgniter\HTTP\ResponseInterface;
use Modules\FrontDesk\Libraries\ReaderDiagnostics;
use Modules\FrontDesk\Models\VisitorModel;

class Diagnostics extends BaseController
{
    private const REPORTS = ['daily', 'weekly', 'no_shows'];

    public function reader(): ResponseInterface
    {
        $reader      = trim((string) $this->request->getGet('reader'));
        $diagnostics = new ReaderDiagnostics();

        return $this->response->setJSON([
            'reader'     => $diagnostics->ping($reader),
            'controller' => $diagnostics->controllerStatus(),
        ]);
    }

    public function trace(): ResponseInterface
    {
        $host = trim((string) $this->request->getGet('host'));

        return $this->response->setJSON((new ReaderDiagnostics())->traceroute($host));
    }

    public function report(): string
    {
        $view = (string) ($this->request->getGet('view') ?? 'daily');
        if (! in_array($view, self::REPORTS, true)) {
            $view = 'daily';
        }

        $visitors = model(VisitorModel::class)->search('', '', '', date('Y-m-d'));

        ob_start();
        include __DIR__ . '/../Views/reports/' . $view . '.php'; // SAFE path

        return (string) ob_get_clean();
    }
}
