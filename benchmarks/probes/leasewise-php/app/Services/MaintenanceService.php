<?php

namespace App\Services;

use App\Events\MaintenanceRequested;
use App\Models\MaintenanceRequest;
use App\Models\Unit;
use App\Models\User;
use App\Repositories\ActivityLogRepository;
use App\Repositories\VendorAssignmentRepository;

class MaintenanceService
{
    public function __construct(
        private readonly ActivityLogRepository $activity,
        private readonly VendorAssignmentRepository $assignments,
    ) {}

    public function open(Unit $unit, User $user, array $data): MaintenanceRequest
    {
        $ticket = $unit->maintenanceRequests()->create([
            'tenant_id' => $unit->currentLease()?->tenant_id,
            'reported_by' => $user->id,
            'category' => $data['category'],
            'priority' => $data['priority'] ?? 'normal',
            'description' => $data['description'],
            'permission_to_enter' => (bool) ($data['permission_to_enter'] ?? false),
            'status' => 'open',
        ]);

        MaintenanceRequested::dispatch($ticket);

        return $ticket;
    }

    public function addVendorNote(MaintenanceRequest $ticket, string $note, string $status): void
    {
        $ticket->forceFill([
            'vendor_notes' => trim($note) !== '' ? trim($note) : $ticket->vendor_notes,
            'status' => $status,
        ])->save();

        $this->activity->record('maintenance', [
            'unit_id' => $ticket->unit_id,
            'ticket_id' => $ticket->id,
            'status' => $status,
            'category' => $ticket->category,
        ]);
    }

    public function vendorAssignment(MaintenanceRequest $ticket, mixed $accessCode): ?array
    {
        if ($accessCode === null || $accessCode === '') {
            return null;
        }

        return $this->assignments->findActive($ticket->id, $accessCode);
    }

    public function historyByCategory(Unit $unit, string $category): array
    {
        return $this->activity->forUnitCategory($unit->id, $category);
    }
}
