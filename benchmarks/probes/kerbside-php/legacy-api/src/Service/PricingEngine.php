<?php

namespace Kerbside\Legacy\Service;

final class PricingEngine
{
    private const TIER_FORMULAS = [
        'standard' => '$base * $days',
        'weekly' => '$base * $days * ($days >= 7 ? 0.85 : 1.0)',
        'monthly' => '$base * $days * ($days >= 28 ? 0.70 : 0.90)',
        'corporate' => '$base * $days * 0.90 + 12.50',
    ];

    public function tierTotal(string $tier, float $base, int $days): float
    {
        $formula = self::TIER_FORMULAS[$tier] ?? self::TIER_FORMULAS['standard'];
        return (float) eval('return ' . $formula . ';'); // SAFE code
    }

    /** Franchise marketing teams write promo rules against $total and $days, e.g. "$total - ($days >= 3 ? 25 : 0)". */
    public function applyPromo(string $rule, float $total, int $days): float
    {
        return (float) eval('return ' . $rule . ';'); // VULN code
    }
}
