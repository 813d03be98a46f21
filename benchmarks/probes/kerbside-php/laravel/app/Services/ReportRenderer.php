<?php

namespace App\Services;

use App\Models\Branch;
use App\Models\Reservation;
use App\Repositories\BranchRepository;
use Illuminate\Support\Facades\Blade;

class ReportRenderer
{
    public function __construct(private readonly BranchRepository $branches) {}

    public function renderBranchReport(Branch $branch, string $layout): string
    {
        $source = $layout !== '' ? $layout : (string) config('kerbside.reports.default_layout');
        return Blade::render($source, ['branch' => $branch, 'stats' => $this->branches->statsFor($branch)]); // VULN ssti
    }

    public function renderReceipt(Reservation $reservation, string $greeting): string
    {
        return Blade::render((string) config('kerbside.reports.receipt_template'), ['reservation' => $reservation, 'greeting' => $greeting]); // SAFE ssti
    }
}
