<?php

namespace App\Support;

use Symfony\Component\HttpKernel\Exception\BadRequestHttpException;

final class SortColumns
{
    private const FEE_STATEMENTS = [
        'issued' => 'created_at',
        'period' => 'period_from',
        'total' => 'total_cents',
        'balance' => '(total_cents - paid_cents)',
        'number' => 'statement_number',
    ];

    /**
     * Map a public sort key to a column expression. Unknown keys are rejected
     * outright rather than being passed to the query builder.
     */
    public static function forFeeStatements(?string $key): string
    {
        if ($key === null || $key === '') {
            return self::FEE_STATEMENTS['issued'];
        }

        if (!array_key_exists($key, self::FEE_STATEMENTS)) {
            throw new BadRequestHttpException('Unsupported sort key.');
        }

        return self::FEE_STATEMENTS[$key];
    }
}
