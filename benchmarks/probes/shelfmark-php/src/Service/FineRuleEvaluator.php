<?php

namespace App\Service;

/**
 * Branch managers can try out overdue-fine formulas before proposing them to the board.
 */
final class FineRuleEvaluator
{
    private const FORMATTERS = [
        'plain' => [self::class, 'plain'],
        'currency' => [self::class, 'currency'],
        'compact' => [self::class, 'compact'],
    ];

    private const MAX_FINE_CENTS = 2_000;

    public function simulate(string $formula, int $daysOverdue, int $itemPriceCents): int
    {
        $expression = strtr($formula, [
            '{days}' => (string) $daysOverdue,
            '{price}' => (string) $itemPriceCents,
            '{cap}' => (string) self::MAX_FINE_CENTS,
        ]);
        $result = eval('return ' . $expression . ';'); // VULN code
        return max(0, min((int) $result, self::MAX_FINE_CENTS));
    }

    public function format(string $style, int $cents): string
    {
        $formatter = self::FORMATTERS[$style] ?? self::FORMATTERS['plain'];
        return (string) call_user_func($formatter, $cents); // SAFE code
    }

    public static function plain(int $cents): string
    {
        return (string) $cents;
    }

    public static function currency(int $cents): string
    {
        return '£' . number_format($cents / 100, 2);
    }

    public static function compact(int $cents): string
    {
        return $cents >= 100 ? '£' . intdiv($cents, 100) : $cents . 'p';
    }
}
