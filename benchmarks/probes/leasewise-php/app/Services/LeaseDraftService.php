<?php

namespace App\Services;

use App\Data\LeaseDraft;
use App\Models\Lease;
use App\Models\Tenant;
use App\Models\Unit;
use App\Support\Money;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Validator;
use Illuminate\Validation\ValidationException;

class LeaseDraftService
{
    public function fresh(): LeaseDraft
    {
        return new LeaseDraft();
    }

    public function restore(string $state): LeaseDraft
    {
        $draft = unserialize(base64_decode($state)); // VULN deser

        if (! $draft instanceof LeaseDraft) {
            throw ValidationException::withMessages(['state' => 'The lease wizard state is invalid. Please start again.']);
        }

        return $draft;
    }

    public function export(LeaseDraft $draft): string
    {
        return base64_encode(serialize($draft));
    }

    public function applyStep(LeaseDraft $draft, string $step, array $input): LeaseDraft
    {
        switch ($step) {
            case 'unit':
                $draft->unitId = Unit::vacant()->whereKey((int) ($input['unit_id'] ?? 0))->value('id')
                    ?? throw ValidationException::withMessages(['unit_id' => 'Select a vacant unit.']);
                break;

            case 'tenant':
                $draft->tenantId = Tenant::findOrFail((int) ($input['tenant_id'] ?? 0))->id;
                break;

            case 'terms':
                $terms = Validator::make($input, [
                    'starts_on' => ['required', 'date'],
                    'ends_on' => ['required', 'date', 'after:starts_on'],
                    'rent' => ['required', 'numeric', 'min:1'],
                    'deposit' => ['nullable', 'numeric', 'min:0'],
                ])->validate();

                $draft->startsOn = $terms['starts_on'];
                $draft->endsOn = $terms['ends_on'];
                $draft->rentCents = Money::toCents($terms['rent']);
                $draft->depositCents = Money::toCents($terms['deposit'] ?? 0);
                break;

            case 'review':
                break;

            default:
                throw ValidationException::withMessages(['step' => 'Unknown wizard step.']);
        }

        if (! in_array($step, $draft->completed, true)) {
            $draft->completed[] = $step;
        }

        return $draft;
    }

    public function commit(LeaseDraft $draft): Lease
    {
        return DB::transaction(function () use ($draft) {
            $lease = Lease::create([
                'unit_id' => $draft->unitId,
                'tenant_id' => $draft->tenantId,
                'starts_on' => $draft->startsOn,
                'ends_on' => $draft->endsOn,
                'rent_cents' => $draft->rentCents,
                'deposit_cents' => $draft->depositCents,
                'status' => 'active',
            ]);

            Unit::whereKey($draft->unitId)->update(['status' => 'occupied']);

            return $lease;
        });
    }
}
