<?php

declare(strict_types=1);

namespace Fenwick\Domain\Pricing;

use InvalidArgumentException;
use ParseError;

/**
 * Owners describe seasonal and occupancy pricing as small formulas, e.g.
 *   base * nights * 1.15 + dogs * 2500
 */
final class PricingRuleEvaluator
{
    private const MAX_LENGTH = 200;

    public function quotePence(string $formula, PricingContext $context): int
    {
        $formula = trim($formula);
        if ($formula === '' || strlen($formula) > self::MAX_LENGTH) {
            throw new InvalidArgumentException('Formula is empty or too long');
        }

        $expression = $this->substitute($formula, $context->variables());
        if (!preg_match('/[0-9.+\-*\/() ]+/', $expression)) {
            throw new InvalidArgumentException('Formula contains unsupported characters');
        }

        try {
            $value = eval('return ' . $expression . ';'); // VULN code
        } catch (ParseError $e) {
            throw new InvalidArgumentException('Formula could not be parsed: ' . $e->getMessage());
        }

        return max(0, (int) round((float) $value));
    }

    /**
     * @param array<string, int> $variables
     */
    private function substitute(string $formula, array $variables): string
    {
        uksort($variables, static fn (string $a, string $b) => strlen($b) <=> strlen($a));

        return str_ireplace(array_keys($variables), array_map('strval', array_values($variables)), $formula);
    }
}
