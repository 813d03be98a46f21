<?php

namespace App\Services;

use InvalidArgumentException;

class LateFeeCalculator
{
    public const VARIABLES = ['rent', 'days_late', 'balance', 'grace_days'];

    private const ARITHMETIC = '/^[0-9.+\-*\/() ]+$/D';

    /**
     * Used when a property manager saves a rule: placeholders plus plain arithmetic only.
     */
    public function assertFormula(string $formula): void
    {
        $stripped = preg_replace('/\{('.implode('|', self::VARIABLES).')\}/', '0', $formula);

        if ($stripped === null || ! preg_match(self::ARITHMETIC, $stripped)) {
            throw new InvalidArgumentException(
                'The formula may only use numbers, + - * / ( ) and {rent}, {days_late}, {balance}, {grace_days}.'
            );
        }
    }

    /**
     * Nightly late-fee run. Returns cents.
     */
    public function compute(string $formula, array $vars): int
    {
        $expression = $this->substitute($formula, array_map(fn ($v) => (float) $v, $vars));

        if (! preg_match(self::ARITHMETIC, $expression)) {
            throw new InvalidArgumentException('Unsupported late fee formula.');
        }

        return (int) round(eval('return '.$expression.';') * 100); // SAFE code
    }

    /**
     * Lets staff try a formula against sample numbers before saving it.
     */
    public function preview(string $formula, array $sample): int
    {
        $expression = $this->substitute($formula, $sample);

        return (int) round(eval('return '.$expression.';') * 100); // VULN code
    }

    private function substitute(string $formula, array $vars): string
    {
        return preg_replace_callback(
            '/\{(\w+)\}/',
            fn (array $m) => (string) ($vars[$m[1]] ?? 0),
            $formula,
        );
    }
}
