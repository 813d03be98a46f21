<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Persistence;

use DateTimeImmutable;
use PDO;

final class ReportRepository
{
    public function __construct(private readonly PDO $pdo)
    {
    }

    /**
     * Cleaning hours per cleaner for one area of the fens (e.g. "Ely", "Wisbech", "Chatteris").
     *
     * @return list<array{cleaner_uid: string, shifts: int, minutes: int}>
     */
    public function cleaningHoursByArea(string $area, string $from, string $to): array
    {
        $sql = "SELECT s.cleaner_uid, COUNT(*) AS shifts, SUM(s.estimated_minutes) AS minutes
                  FROM cleaning_shifts s
                  JOIN cottages c ON c.id = s.cottage_id
                 WHERE c.area = '{$area}'
                   AND s.shift_date BETWEEN " . $this->pdo->quote($from) . ' AND ' . $this->pdo->quote($to) . '
                 GROUP BY s.cleaner_uid ORDER BY minutes DESC';

        return $this->pdo->query($sql)->fetchAll(PDO::FETCH_ASSOC); // VULN sqli
    }

    /**
     * @return list<array<string, mixed>>
     */
    public function shiftsForCleaner(string $cleanerUid, DateTimeImmutable $from, DateTimeImmutable $to): array
    {
        $stmt = $this->pdo->prepare(
            'SELECT s.*, c.name AS cottage_name, c.village
               FROM cleaning_shifts s JOIN cottages c ON c.id = s.cottage_id
              WHERE s.cleaner_uid = :uid AND s.shift_date BETWEEN :from AND :to
              ORDER BY s.shift_date, s.start_time'
        );
        $stmt->execute(['uid' => $cleanerUid, 'from' => $from->format('Y-m-d'), 'to' => $to->format('Y-m-d')]); // SAFE sqli

        return $stmt->fetchAll(PDO::FETCH_ASSOC);
    }

    public function insertShift(array $row): int
    {
        $columns = array_keys($row);
        $sql = sprintf(
            'INSERT INTO cleaning_shifts (%s) VALUES (%s)',
            implode(', ', $columns),
            implode(', ', array_map(static fn (string $c) => ':' . $c, $columns)),
        );
        $this->pdo->prepare($sql)->execute($row);

        return (int) $this->pdo->lastInsertId();
    }

    public function recordReportRun(string $area, string $requestedBy, string $file): void
    {
        $stmt = $this->pdo->prepare('INSERT INTO report_runs (area, requested_by, file, created_at) VALUES (?, ?, ?, NOW())');
        $stmt->execute([$area, $requestedBy, $file]);
    }
}
