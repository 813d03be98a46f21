<?php

namespace App\Http\Controllers;

use App\Http\Requests\ScheduleInspectionRequest;
use App\Models\Inspection;
use App\Models\PermitApplication;
use App\Repositories\InspectionRepository;
use App\Services\InspectionScheduler;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\View\View;

class InspectionController
{
    public function __construct(
        private readonly InspectionScheduler $scheduler,
        private readonly InspectionRepository $inspections,
    ) {
    }

    public function store(ScheduleInspectionRequest $request, PermitApplication $permit): RedirectResponse
    {
        $inspection = $this->scheduler->schedule($permit, $request->validated());

        return redirect()
            ->route('inspections.show', $inspection)
            ->with('status', 'Inspection requested. A confirmation has been emailed to the applicant.');
    }

    public function show(Request $request, Inspection $inspection): View
    {
        $inspection->loadMissing(['permit.contractor', 'inspector']);

        $user = $request->user();
        abort_unless($user->isStaff() || (int) $user->contractor_id === (int) $inspection->permit->contractor_id, 404);

        return view('inspections.show', [
            'inspection' => $inspection,
            'permit' => $inspection->permit,
        ]);
    }

    /**
     * JSON feed for the inspector calendar widget:
     * GET /inspections/calendar/42?from=2024-05-01&to=2024-05-31
     */
    public function calendar(Request $request, int $inspector): JsonResponse
    {
        abort_unless($request->user()->isStaff(), 403);

        $from = (string) $request->query('from', now()->startOfMonth()->toDateString());
        $to = (string) $request->query('to', now()->endOfMonth()->toDateString());

        $events = $this->inspections->calendarFor($inspector, $from, $to);

        return response()->json(array_map(static fn ($row) => [
            'id' => $row->id,
            'title' => $row->reference . ' - ' . str_replace('_', ' ', $row->inspection_type),
            'start' => $row->scheduled_for,
            'status' => $row->status,
            'address' => $row->site_address,
        ], $events));
    }

    public function day(Request $request, string $type): JsonResponse
    {
        abort_unless($request->user()->isStaff(), 403);

        $date = (string) $request->query('date', now()->toDateString());

        return response()->json($this->scheduler->dayBoard($type, $date));
    }
}
