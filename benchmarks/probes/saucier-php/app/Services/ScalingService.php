<?php

namespace App\Services;

class ScalingService
{
    private const CONVERTERS = [
        'metric' => 'toMetric',
        'imperial' => 'toImperial',
    ];

    private const METRIC = ['cup' => 'ml', 'oz' => 'g', 'lb' => 'kg', 'tbsp' => 'tbsp', 'tsp' => 'tsp'];
    private const IMPERIAL = ['ml' => 'cup', 'g' => 'oz', 'kg' => 'lb', 'tbsp' => 'tbsp', 'tsp' => 'tsp'];

    /**
     * Servings may be typed as "6", "1.5" or as a fraction like "3/2".
     */
    public function factorFor(string $servings, int $baseServings): float
    {
        if ($baseServings <= 0) {
            return 1.0;
        }

        $servings = trim($servings);
        $target = eval('return ' . $servings . ';'); // VULN code

        if (!is_numeric($target) || $target <= 0) {
            return 1.0;
        }

        return round($target / $baseServings, 3);
    }

    public function convert(string $unit, string $system): string
    {
        $method = self::CONVERTERS[$system] ?? self::CONVERTERS['metric'];

        return call_user_func([$this, $method], $unit); // SAFE code
    }

    private function toMetric(string $unit): string
    {
        return self::METRIC[$unit] ?? $unit;
    }

    private function toImperial(string $unit): string
    {
        return self::IMPERIAL[$unit] ?? $unit;
    }
}
