<?php

namespace App\Http\Controllers;

use App\Http\Requests\StoreMaintenanceRequest;
use App\Models\MaintenanceRequest;
use App\Models\Unit;
use App\Services\MaintenanceService;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Validation\Rule;

class MaintenanceController extends Controller
{
    public function __construct(private readonly MaintenanceService $maintenance) {}

    public function store(StoreMaintenanceRequest $request, Unit $unit): RedirectResponse
    {
        $ticket = $this->maintenance->open($unit, $request->user(), $request->validated());

        return redirect()->route('maintenance.show', $ticket)->with('status', 'Request submitted.');
    }

    public function show(MaintenanceRequest $ticket)
    {
        $ticket->load(['unit.property', 'tenant', 'reporter']);

        return view('maintenance.show', ['ticket' => $ticket]);
    }

    public function update(Request $request, MaintenanceRequest $ticket): RedirectResponse
    {
        $data = $request->validate([
            'status' => ['required', Rule::in(MaintenanceRequest::STATUSES)],
            'vendor_notes' => ['nullable', 'string', 'max:5000'],
        ]);

        $this->maintenance->addVendorNote($ticket, $data['vendor_notes'] ?? '', $data['status']);

        return redirect()->route('maintenance.show', $ticket);
    }

    public function history(Request $request, Unit $unit): JsonResponse
    {
        $data = $request->validate([
            'category' => ['required', Rule::in(MaintenanceRequest::CATEGORIES)],
        ]);

        return response()->json([
            'unit' => $unit->id,
            'data' => $this->maintenance->historyByCategory($unit, $data['category']),
        ]);
    }

    /**
     * Link sent to the dispatched vendor by SMS; no Leasewise account required.
     */
    public function vendorView(Request $request, MaintenanceRequest $ticket): JsonResponse
    {
        $assignment = $this->maintenance->vendorAssignment($ticket, $request->query('code'));

        abort_if($assignment === null, 403, 'This link has expired or is invalid.');

        $ticket->load(['unit.property', 'tenant']);

        return response()->json([
            'ticket' => $ticket->only(['id', 'category', 'priority', 'description', 'status', 'permission_to_enter']),
            'address' => $ticket->unit->property->address_line,
            'unit' => $ticket->unit->label,
            'tenant_phone' => $ticket->tenant?->phone,
            'entry_instructions' => $assignment['entry_instructions'] ?? null,
            'scheduled_for' => $assignment['scheduled_for'] ?? null,
        ]);
    }
}
