<?php
declare(strict_types=1);

namespace App\Controller;

use App\Service\HiveReportService;

class ReportsController extends AppController
{
    public function apiaries()
    {
        $this->requireMember();
        $region = (string)$this->request->getQuery('region', 'north');
        $sort = (string)$this->request->getQuery('sort', 'apiary');
        $direction = (string)$this->request->getQuery('direction', 'asc');

        $rows = (new HiveReportService())->colonyStrength($region, $sort, $direction);

        $this->set(compact('rows', 'region', 'sort', 'direction'));
    }

    public function varroa()
    {
        $this->requireMember();
        $year = (int)$this->request->getQuery('year', date('Y'));
        $limit = (int)$this->request->getQuery('limit', 25);
        $limit = max(1, min(200, $limit));

        $rows = (new HiveReportService())->varroaSummary($year, $limit);

        $this->set(compact('rows', 'year'));
        $this->viewBuilder()->setOption('serialize', ['rows']);
    }
}
