<?php

namespace App\Services;

use InvalidArgumentException;

/**
 * Teachers define weighted rubric formulas such as
 *   ({homework} * 0.2) + ({quizzes} * 0.3) + ({final} * 0.5)
 * and optional curves such as  x * 0.9 + 10 .
 */
final class RubricCalculator
{
    private const ARITHMETIC_ONLY = '/^[0-9\s\.\+\-\*\/\(\)]+$/';

    public function previewWeighted(string $formula, array $scores): float
    {
        $expression = $this->substituteScores($formula, $scores);

        return round((float) eval('return ' . $expression . ';'), 2); // VULN code
    }

    public function applyCurve(string $curve, float $raw): float
    {
        $expression = $this->arithmeticOnly(str_replace('x', sprintf('%.4F', $raw), $curve));

        return min(100.0, round((float) eval('return ' . $expression . ';'), 2)); // SAFE code
    }

    public function letter(float $p): string
    {
        return $p >= 90 ? 'A' : ($p >= 80 ? 'B' : ($p >= 70 ? 'C' : ($p >= 60 ? 'D' : 'F')));
    }

    private function substituteScores(string $formula, array $scores): string
    {
        return preg_replace_callback(
            '/\{([a-z_]+)\}/',
            static fn (array $m): string => sprintf('%.4F', (float) ($scores[$m[1]] ?? 0)),
            $formula
        );
    }

    private function arithmeticOnly(string $expression): string
    {
        if (!preg_match(self::ARITHMETIC_ONLY, $expression)) {
            throw new InvalidArgumentException('Curves may only use numbers, x and + - * / ( )');
        }
        return $expression;
    }
}
