<?php

namespace App\Services;

use App\Events\InspectionScheduled;
use App\Models\Inspection;
use App\Models\PermitApplication;
use App\Repositories\InspectionRepository;
use Carbon\CarbonImmutable;
use Illuminate\Support\Facades\DB;
use Illuminate\Validation\ValidationException;

class InspectionScheduler
{
    public function __construct(
        private readonly InspectionRepository $inspections,
        private readonly TokenService $tokens,
    ) {
    }

    public function schedule(PermitApplication $permit, array $data): Inspection
    {
        if ($permit->status !== PermitApplication::STATUS_ISSUED) {
            throw ValidationException::withMessages(['permit' => 'Inspections can only be requested on issued permits.']);
        }

        $day = InspectionRepository::assertDate($data['requested_date']);
        if ($day->isWeekend() || $day->lessThan(CarbonImmutable::tomorrow())) {
            throw ValidationException::withMessages(['requested_date' => 'Choose a weekday from tomorrow onwards.']);
        }

        if ($this->inspections->countForDay($day) >= (int) config('permitly.inspections.daily_capacity')) {
            throw ValidationException::withMessages(['requested_date' => 'No capacity left on that day.']);
        }

        $inspection = DB::transaction(function () use ($permit, $data, $day) {
            return Inspection::create([
                'permit_application_id' => $permit->id,
                'inspection_type' => $data['inspection_type'],
                'scheduled_for' => $day->setTimeFromTimeString($data['window'] === 'pm' ? '13:00' : '08:30'),
                'inspector_id' => $this->inspections->leastLoadedInspector($day),
                'site_contact_name' => $data['site_contact_name'],
                'site_contact_phone' => $data['site_contact_phone'],
                'contact_url' => $data['contact_url'] ?? null,
                'access_notes' => $data['access_notes'] ?? null,
                'confirmation_code' => $this->tokens->confirmationCode(),
                'status' => Inspection::STATUS_REQUESTED,
            ]);
        });

        InspectionScheduled::dispatch($inspection);

        return $inspection;
    }

    public function dayBoard(string $type, string $date): array
    {
        if (!in_array($type, config('permitly.inspections.types'), true)) {
            throw ValidationException::withMessages(['type' => 'Unknown inspection type.']);
        }

        return $this->inspections->bookedForDay($type, InspectionRepository::assertDate($date));
    }
}
