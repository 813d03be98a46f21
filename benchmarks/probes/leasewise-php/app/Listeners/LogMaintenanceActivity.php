<?php

namespace App\Listeners;

use App\Events\MaintenanceRequested;
use App\Repositories\ActivityLogRepository;

class LogMaintenanceActivity
{
    public function __construct(private readonly ActivityLogRepository $activity) {}

    public function handle(MaintenanceRequested $event): void
    {
        $ticket = $event->ticket->loadMissing('tenant');

        $this->activity->record('maintenance', [
            'unit_id' => $ticket->unit_id,
            'ticket_id' => $ticket->id,
            'tenant_ref' => $ticket->tenant?->external_ref,
            'status' => $ticket->status,
            'category' => $ticket->category,
            'priority' => $ticket->priority,
        ]);
    }
}
