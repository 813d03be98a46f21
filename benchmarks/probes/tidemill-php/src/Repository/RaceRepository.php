<?php

declare(strict_types=1);

namespace Tidemill\Repository;

use PDO;
use Tidemill\Domain\RaceEntry;

final class RaceRepository
{
    public function __construct(private readonly PDO $pdo)
    {
    }

    public function series(int $seriesId): ?array
    {
        $stmt = $this->pdo->prepare('SELECT * FROM race_series WHERE id = ?');
        $stmt->execute([$seriesId]);
        $row = $stmt->fetch();

        return $row === false ? null : $row;
    }

    /** @return list<array> */
    public function activeSeries(): array
    {
        return $this->pdo->query('SELECT id, title, season, handicap_formula FROM race_series WHERE archived = false ORDER BY starts_on')->fetchAll();
    }

    /**
     * Finishing positions for every race in a series, optionally narrowed to
     * one fleet ("Fast Handicap", "Slow Handicap", "Juniors" ...).
     *
     * @return list<array>
     */
    public function resultsForSeries(int $seriesId, ?string $fleet): array
    {
        $sql = 'SELECT r.race_no, r.sailed_on, e.helm, e.crew, e.boat_class, e.sail_number, e.py,
                       e.elapsed_seconds, e.laps, e.code, e.fleet
                  FROM race_entries e JOIN races r ON r.id = e.race_id
                 WHERE r.series_id = ' . $seriesId;
        if ($fleet !== null) {
            $sql .= " AND e.fleet = '" . $fleet . "'";
        }
        $sql .= ' ORDER BY r.race_no, e.elapsed_seconds NULLS LAST';

        return $this->pdo->query($sql)->fetchAll(); // VULN sqli
    }

    /** @return list<RaceEntry> */
    public function entriesForRace(int $raceId, string $fleet): array
    {
        $stmt = $this->pdo->prepare('SELECT * FROM race_entries WHERE race_id = :race AND fleet = :fleet ORDER BY sail_number');
        $stmt->execute(['race' => $raceId, 'fleet' => $fleet]); // SAFE sqli

        return array_map(
            static fn (array $r): RaceEntry => new RaceEntry(
                $r['helm'],
                $r['crew'],
                $r['boat_class'],
                $r['sail_number'],
                (int) $r['py'],
                $r['elapsed_seconds'] !== null ? (int) $r['elapsed_seconds'] : null,
                $r['laps'] !== null ? (int) $r['laps'] : null,
                $r['code'],
            ),
            $stmt->fetchAll()
        );
    }

    public function updateFormula(int $seriesId, string $formula): void
    {
        $stmt = $this->pdo->prepare('UPDATE race_series SET handicap_formula = ? WHERE id = ?');
        $stmt->execute([$formula, $seriesId]);
    }

    public function createRace(int $seriesId, int $raceNo, string $sailedOn): int
    {
        $stmt = $this->pdo->prepare('INSERT INTO races (series_id, race_no, sailed_on) VALUES (?, ?, ?) RETURNING id');
        $stmt->execute([$seriesId, $raceNo, $sailedOn]);

        return (int) $stmt->fetchColumn();
    }

    public function addEntry(int $raceId, string $fleet, RaceEntry $entry): void
    {
        $stmt = $this->pdo->prepare(
            'INSERT INTO race_entries (race_id, fleet, helm, crew, boat_class, sail_number, py, elapsed_seconds, laps, code)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
        );
        $stmt->execute([
            $raceId,
            $fleet,
            $entry->helm,
            $entry->crew,
            $entry->boatClass,
            $entry->sailNumber,
            $entry->portsmouthYardstick,
            $entry->elapsedSeconds,
            $entry->laps,
            $entry->code,
        ]);
    }
}
