<?php

namespace Modules\FrontDesk\Controllers;

use App\Controllers\BaseController;
use CodeIgniter\HTTP\ResponseInterface;
use Modules\FrontDesk\Models\StaffModel;
use Modules\FrontDesk\Models\VisitorModel;

class Visitors extends BaseController
{
    protected VisitorModel $visitors;
    protected StaffModel $staff;

    public function __construct()
    {
        $this->visitors = model(VisitorModel::class);
        $this->staff    = model(StaffModel::class);
    }

    public function index(): string
    {
        $company = trim((string) $this->request->getGet('company'));
        $floor   = trim((string) $this->request->getGet('floor'));
        $desk    = trim((string) $this->request->getGet('desk'));

        $visitors = $this->visitors->search($company, $floor, $desk, date('Y-m-d'));

        return view('Modules\FrontDesk\Views\visitor_log', [
            'visitors' => $visitors,
            'company'  => $company,
            'floor'    => $floor,
        ]);
    }

    public function byPass(string $code): ResponseInterface
    {
        $visit = $this->visitors->findByPassCode($code);

        if ($visit === null) {
            return $this->response->setStatusCode(404)->setJSON(['error' => 'Unknown pass code']);
        }

        return $this->response->setJSON($visit);
    }

    public function checkIn(): ResponseInterface
    {
        $staffId = (int) $this->request->getPost('staff_id');
        $pin     = (string) $this->request->getPost('pin');

        if (! $this->staff->verifyPin($staffId, $pin)) {
            return $this->response->setStatusCode(403)->setJSON(['error' => 'Staff PIN rejected']);
        }

        $passCode = $this->visitors->checkIn([
            'name'           => trim((string) $this->request->getPost('name')),
            'company'        => trim((string) $this->request->getPost('company')),
            'host_member_id' => (int) $this->request->getPost('host_member_id'),
            'floor'          => (int) $this->request->getPost('floor'),
            'desk'           => (int) $this->request->getPost('desk'),
            'staff_id'       => $staffId,
        ]);

        return $this->response->setStatusCode(201)->setJSON(['passCode' => $passCode]);
    }
}
