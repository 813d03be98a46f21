<?php

declare(strict_types=1);

namespace Fenwick\Domain\Rota;

use InvalidArgumentException;

/**
 * Estimates changeover cleaning time from a per-cottage formula maintained by
 * the rota managers, e.g. "30 + bedrooms * 25 + bathrooms * 15 + dogs * 20".
 */
final class CleaningTimeEstimator
{
    private const ARITHMETIC_ONLY = '/^[0-9+\-*\/(). ]{1,120}$/';

    /**
     * @param array{bedrooms: int, bathrooms: int, dogs: int, hot_tub: int} $facts
     */
    public function minutes(string $formula, array $facts): int
    {
        $expression = strtr(strtolower($formula), [
            'bedrooms' => (string) (int) $facts['bedrooms'],
            'bathrooms' => (string) (int) $facts['bathrooms'],
            'dogs' => (string) (int) $facts['dogs'],
            'hot_tub' => (string) (int) $facts['hot_tub'],
        ]);

        if (preg_match(self::ARITHMETIC_ONLY, $expression) !== 1) {
            throw new InvalidArgumentException('Estimate formula may only use numbers, + - * / and the cottage facts');
        }

        $minutes = eval('return ' . $expression . ';'); // SAFE code

        return (int) min(600, max(30, round((float) $minutes / 15) * 15));
    }
}
