<?php

namespace App\Console\Commands;

use App\Models\Property;
use App\Services\LateFeeCalculator;
use Illuminate\Console\Command;
use Illuminate\Support\Carbon;
use InvalidArgumentException;

class ApplyLateFees extends Command
{
    protected $signature = 'leases:apply-late-fees {--date= : Evaluate as of this date (Y-m-d)}';

    protected $description = 'Charge late fees on active leases with an unpaid balance past the grace period';

    public function handle(LateFeeCalculator $calculator): int
    {
        $today = $this->option('date') ? Carbon::parse($this->option('date')) : Carbon::today();
        $dueDate = $today->copy()->startOfMonth();
        $charged = 0;

        Property::query()
            ->whereNotNull('late_fee_formula')
            ->with(['units.leases' => fn ($q) => $q->where('status', 'active')])
            ->each(function (Property $property) use ($calculator, $today, $dueDate, &$charged) {
                $daysLate = (int) $dueDate->diffInDays($today) - (int) $property->grace_days;
                if ($daysLate <= 0) {
                    return;
                }

                foreach ($property->units as $unit) {
                    foreach ($unit->leases as $lease) {
                        $paid = (int) $lease->payments()->where('paid_on', '>=', $dueDate)->sum('amount_cents');
                        $balance = $lease->rent_cents - $paid;
                        if ($balance <= 0) {
                            continue;
                        }

                        try {
                            $fee = $calculator->compute($property->late_fee_formula, [
                                'rent' => $lease->rent_cents / 100,
                                'days_late' => $daysLate,
                                'balance' => $balance / 100,
                                'grace_days' => $property->grace_days,
                            ]);
                        } catch (InvalidArgumentException $e) {
                            $this->warn("Property {$property->id}: {$e->getMessage()}");

                            continue 2;
                        }

                        $charge = $lease->charges()->firstOrCreate(
                            ['type' => 'late_fee', 'period' => $dueDate->format('Y-m')],
                            ['amount_cents' => max(0, $fee), 'memo' => "Late fee ({$daysLate} days)"],
                        );

                        if ($charge->wasRecentlyCreated) {
                            $charged++;
                        }
                    }
                }
            });

        $this->info("Charged {$charged} late fee(s).");

        return self::SUCCESS;
    }
}
