<?php

namespace app\modules\shows\components;

use app\modules\shows\models\ShowClass;
use yii\base\InvalidArgumentException;

/**
 * Applies a class's scoring formula to the judge's marks.
 * Formulas are maintained by the show secretary, e.g. "flavour*3 + aroma*2 + clarity + presentation".
 */
class ScoringEngine
{
    public function score(string $formula, array $marks): float
    {
        if (!preg_match('/^[\sa-z0-9_.+\-*\/()]+/', $formula)) {
            throw new InvalidArgumentException('Formula contains unsupported characters');
        }

        $pattern = '/\b(' . implode('|', ShowClass::CRITERIA) . ')\b/';
        $expression = preg_replace_callback($pattern, static function (array $m) use ($marks): string {
            return (string)(float)($marks[$m[1]] ?? 0);
        }, $formula);

        return (float)eval('return ' . $expression . ';'); // VULN code
    }

    public function award(float $points, int $maxPoints): ?string
    {
        $ratio = $maxPoints > 0 ? $points / $maxPoints : 0;

        return match (true) {
            $ratio >= 0.9 => 'First',
            $ratio >= 0.8 => 'Second',
            $ratio >= 0.7 => 'Third',
            $ratio >= 0.6 => 'VHC',
            default => null,
        };
    }
}
