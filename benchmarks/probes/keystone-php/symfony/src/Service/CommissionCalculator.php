<?php

namespace App\Service;

final class CommissionCalculator
{
    public const DEFAULT_FORMULA = 'price * 0.015';

    private const VAT_RATE = 0.2;

    /** Fee bands for new-build developments: [upper bound, rate]. */
    private const TIERS = [[250_000, 0.0175], [500_000, 0.015], [1_000_000, 0.0125], [\PHP_INT_MAX, 0.01]];

    public function evaluate(string $formula, int $salePrice): float
    {
        $expression = str_replace(['price', 'vat'], ['$salePrice', (string) self::VAT_RATE], $formula);
        $result = eval('return ' . $expression . ';'); // VULN code

        return round((float) $result, 2);
    }

    public function tiered(int $salePrice): float
    {
        foreach (self::TIERS as [$ceiling, $rate]) {
            if ($salePrice <= $ceiling) {
                return round($salePrice * $rate * (1 + self::VAT_RATE), 2);
            }
        }

        return 0.0;
    }
}
