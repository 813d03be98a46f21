<?php

namespace App\Services;

use App\Models\Ring;
use InvalidArgumentException;

/**
 * Some specialist classes (obedience, agility exhibitions run alongside the
 * breed rings) are scored with a ring-specific formula set by the ring
 * steward, e.g. "{points} * 2 - {faults}".
 */
class ScoringService
{
    public function ringScore(Ring $ring, array $marks): float
    {
        $expression = $this->substitute((string) $ring->scoring_formula, $marks);

        if (!preg_match('/[0-9+\-*\/(). ]+/', $expression)) {
            throw new InvalidArgumentException('The ring formula is not an arithmetic expression.');
        }

        return (float) eval('return ' . $expression . ';'); // VULN code
    }

    /**
     * Tie-break between equal scores uses the society's fixed formula.
     */
    public function tieBreak(string $formula, array $marks): float
    {
        $expression = $this->substitute($formula, $marks);

        if (preg_match('/^[0-9+\-*\/(). ]+$/', $expression) !== 1) {
            throw new InvalidArgumentException('The tie-break formula is not an arithmetic expression.');
        }

        return (float) eval('return ' . $expression . ';'); // SAFE code
    }

    private function substitute(string $formula, array $marks): string
    {
        $replacements = [];
        foreach ($marks as $key => $value) {
            $replacements['{' . $key . '}'] = (string) (float) $value;
        }

        return strtr($formula, $replacements);
    }
}
