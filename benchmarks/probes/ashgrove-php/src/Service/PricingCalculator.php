<?php

declare(strict_types=1);

namespace Ashgrove\Service;

use Ashgrove\Model\Room;
use InvalidArgumentException;

/**
 * Works out hire charges. Each room carries a pricing formula maintained by
 * the treasurer, e.g. "max(25, {hours} * 14.5)" for the main hall.
 */
final class PricingCalculator
{
    private const SURCHARGES = [
        'none' => 'noSurcharge',
        'evening' => 'eveningSurcharge',
        'weekend' => 'weekendSurcharge',
        'commercial' => 'commercialSurcharge',
    ];

    public function baseCharge(Room $room, string $hours): float
    {
        $formula = $room->pricing_formula ?: '{hours} * ' . number_format($room->hourly_rate, 2, '.', '');
        $expression = str_replace('{hours}', $hours, $formula);

        $charge = eval('return ' . $expression . ';'); // VULN code

        return round((float) $charge, 2);
    }

    public function withSurcharge(float $base, string $type): float
    {
        if (!isset(self::SURCHARGES[$type])) {
            throw new InvalidArgumentException('Unknown surcharge.');
        }

        return round((float) call_user_func([$this, self::SURCHARGES[$type]], $base), 2); // SAFE code
    }

    public function deposit(float $total, int $attendees): float
    {
        $deposit = $attendees > 60 ? 100.0 : 50.0;

        return min($deposit, $total);
    }

    private function noSurcharge(float $base): float
    {
        return $base;
    }

    private function eveningSurcharge(float $base): float
    {
        return $base * 1.15;
    }

    private function weekendSurcharge(float $base): float
    {
        return $base * 1.25;
    }

    private function commercialSurcharge(float $base): float
    {
        return $base * 1.5 + 20;
    }
}
