<?php

namespace App\Http\Controllers;

use App\Models\Branch;
use App\Models\Reservation;
use App\Services\ReportRenderer;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

class ReportController
{
    public function __construct(private readonly ReportRenderer $renderer) {}

    public function branch(Request $request): Response
    {
        $branch = Branch::where('code', $request->input('branch'))->firstOrFail();
        $layout = (string) $request->input('layout', '');
        return response($this->renderer->renderBranchReport($branch, $layout));
    }

    public function receipt(Request $request, Reservation $reservation): Response
    {
        $greeting = (string) $request->query('greeting', 'Thanks for driving with Kerbside');
        return response($this->renderer->renderReceipt($reservation, $greeting));
    }
}
