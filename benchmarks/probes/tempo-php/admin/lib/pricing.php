<?php

/**
 * Tuition formula as agreed by the board (cents). Kept as an expression so the
 * bursar can read it in the code review.
 */
const TUITION_FORMULA = '({lessons} * {minutes} / 30) * 2150 + ({lessons} > 30 ? 0 : 1500)';

function tuition_estimate_cents(int $lessons, int $minutes): int
{
    $expression = strtr(TUITION_FORMULA, [
        '{lessons}' => (string) $lessons,
        '{minutes}' => (string) $minutes,
    ]);

    return (int) round(eval('return ' . $expression . ';')); // SAFE code
}

function format_cents(int $cents): string
{
    return number_format($cents / 100, 2, ',', '.') . ' €';
}
