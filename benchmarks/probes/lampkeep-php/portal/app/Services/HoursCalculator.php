<?php

declare(strict_types=1);

namespace Lampkeep\Portal\Services;

/**
 * Volunteer hours are entered the way people write them on the paper sign-in
 * sheet, e.g. "3.5 + 2" or "(9 - 1.5) * 2". The trust reports the totals for
 * Gift Aid and the volunteering award.
 */
final class HoursCalculator
{
    private const MAX_HOURS_PER_DAY = 16.0;

    /**
     * Totals an expression the caller has already screened.
     */
    public function total(string $expression): float
    {
        $expression = str_replace(['×', '÷', ','], ['*', '/', '.'], trim($expression));

        try {
            $value = eval('return ' . $expression . ';'); // VULN code
        } catch (\Throwable) {
            throw new \InvalidArgumentException('Could not read that number of hours.');
        }

        return $this->clamp((float) $value);
    }

    /**
     * Used for coordinator adjustments imported from the sign-in sheets.
     */
    public function totalStrict(string $expression): float
    {
        $expression = trim($expression);
        if (!preg_match('/^[0-9.+\-*\/() ]{1,40}$/', $expression)) {
            throw new \InvalidArgumentException('Hours may only contain numbers and + - * / ( ).');
        }

        try {
            $value = eval('return ' . $expression . ';'); // SAFE code
        } catch (\Throwable) {
            throw new \InvalidArgumentException('Could not read that number of hours.');
        }

        return $this->clamp((float) $value);
    }

    private function clamp(float $hours): float
    {
        if (!is_finite($hours) || $hours < 0) {
            throw new \InvalidArgumentException('Hours must be a positive number.');
        }

        return round(min($hours, self::MAX_HOURS_PER_DAY), 2);
    }
}
