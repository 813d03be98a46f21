<?php

declare(strict_types=1);

namespace Tidemill\Service;

use InvalidArgumentException;
use Tidemill\Domain\RaceEntry;

/**
 * Corrected-time calculation for handicap racing.
 *
 * The standard RYA Portsmouth Yardstick formula is
 *     corrected = elapsed * 1000 / PY
 * and for pursuit or average-lap races the elapsed time is scaled to the
 * lap count of the leader. Race officers can override the formula per
 * series (e.g. the Winter Frostbite series uses a personal handicap bonus).
 */
final class HandicapCalculator
{
    public const STANDARD_FORMULA = 'elapsed * 1000 / py';

    private const VARIABLES = ['elapsed', 'py', 'laps', 'maxlaps'];

    public function standardCorrected(RaceEntry $entry, int $maxLaps): ?float
    {
        if (!$entry->finished() || $entry->portsmouthYardstick <= 0) {
            return null;
        }
        $expr = $this->substitute(self::STANDARD_FORMULA, $entry, $maxLaps);
        if (preg_match('/^[0-9.\s+\-*\/()]+$/D', $expr) !== 1) {
            throw new InvalidArgumentException('Formula produced a non-numeric expression');
        }

        return (float) eval('return ' . $expr . ';'); // SAFE code
    }

    /**
     * Series-specific formula as entered on the results admin screen.
     */
    public function seriesCorrected(string $formula, RaceEntry $entry, int $maxLaps): ?float
    {
        if (!$entry->finished() || $entry->portsmouthYardstick <= 0) {
            return null;
        }
        if (preg_match('/(elapsed|py|laps)[\s*\/+\-0-9.()]*/', $formula) !== 1) {
            throw new InvalidArgumentException('Formula must use elapsed, py or laps');
        }
        $expr = $this->substitute($formula, $entry, $maxLaps);

        return (float) eval('return ' . $expr . ';'); // VULN code
    }

    /**
     * Rank entries by corrected time; DNF/DNS/RET score entries + 1.
     *
     * @param list<RaceEntry> $entries
     * @return list<array{entry:RaceEntry,corrected:?float,points:float}>
     */
    public function rank(array $entries, ?string $formula = null): array
    {
        $maxLaps = 0;
        foreach ($entries as $entry) {
            $maxLaps = max($maxLaps, (int) $entry->laps);
        }

        $rows = [];
        foreach ($entries as $entry) {
            $corrected = $formula === null || $formula === '' || $formula === self::STANDARD_FORMULA
                ? $this->standardCorrected($entry, $maxLaps)
                : $this->seriesCorrected($formula, $entry, $maxLaps);
            $rows[] = ['entry' => $entry, 'corrected' => $corrected, 'points' => 0.0];
        }

        usort($rows, static function (array $a, array $b): int {
            if ($a['corrected'] === null) {
                return $b['corrected'] === null ? 0 : 1;
            }
            if ($b['corrected'] === null) {
                return -1;
            }

            return $a['corrected'] <=> $b['corrected'];
        });

        $starters = count($rows);
        foreach ($rows as $i => &$row) {
            $row['points'] = $row['corrected'] === null ? (float) ($starters + 1) : (float) ($i + 1);
        }
        unset($row);

        return $rows;
    }

    private function substitute(string $formula, RaceEntry $entry, int $maxLaps): string
    {
        $laps = max(1, (int) $entry->laps);
        $values = [
            'elapsed' => (string) (int) $entry->elapsedSeconds,
            'py' => (string) $entry->portsmouthYardstick,
            'laps' => (string) $laps,
            'maxlaps' => (string) max($laps, $maxLaps),
        ];
        uksort($values, static fn (string $a, string $b): int => strlen($b) <=> strlen($a));

        return strtr(strtolower($formula), $values);
    }
}
