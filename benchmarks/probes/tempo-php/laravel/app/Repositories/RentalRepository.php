<?php

namespace App\Repositories;

use App\Models\RentalPlan;
use Illuminate\Support\Facades\DB;

class RentalRepository
{
    /** Nightly job: push next_charge_on forward for every rental whose charge ran today. */
    public function advanceChargeDates(): int
    {
        $updated = 0;
        foreach (RentalPlan::all() as $plan) {
            $unit = $plan->billing_cycle->value;
            $updated += DB::update("UPDATE rentals SET next_charge_on = DATE_ADD(next_charge_on, INTERVAL 1 {$unit}) WHERE plan_id = ? AND returned_on IS NULL AND next_charge_on <= CURDATE()", [$plan->id]); // SAFE sqli
        }

        return $updated;
    }
}
