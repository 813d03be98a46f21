<?php

declare(strict_types=1);

namespace Tidemill\Repository;

use Doctrine\DBAL\Connection;
use Tidemill\Domain\Boat;
use Tidemill\Domain\BoatSearchCriteria;

final class BoatRepository
{
    public const PER_PAGE = 12;

    private const SORTABLE = [
        'name' => 'b.name',
        'class' => 'b.boat_class',
        'crew' => 'b.crew',
        'rate' => 'b.hourly_rate_pence',
    ];

    public function __construct(private readonly Connection $connection)
    {
    }

    /** @return list<Boat> */
    public function search(BoatSearchCriteria $criteria): array
    {
        $where = ["b.status <> 'retired'"];
        $params = [];

        if ($criteria->text !== '') {
            $where[] = '(b.name ILIKE :text OR b.sail_number ILIKE :text)';
            $params['text'] = '%' . addcslashes($criteria->text, '%_') . '%';
        }
        if ($criteria->boatClass !== null) {
            $where[] = 'b.boat_class = :class';
            $params['class'] = $criteria->boatClass;
        }
        if ($criteria->minCrew !== null) {
            $where[] = 'b.crew >= :crew';
            $params['crew'] = $criteria->minCrew;
        }

        $orderBy = self::SORTABLE[$criteria->sort] ?? $criteria->sort;
        $sql = 'SELECT b.* FROM boats b WHERE ' . implode(' AND ', $where)
            . ' ORDER BY ' . $orderBy . ' ' . $criteria->direction
            . ' LIMIT ' . self::PER_PAGE . ' OFFSET ' . $criteria->offset(self::PER_PAGE);

        $rows = $this->connection->executeQuery($sql, $params)->fetchAllAssociative(); // VULN sqli

        return array_map(Boat::fromRow(...), $rows);
    }

    public function find(int $id): ?Boat
    {
        $row = $this->connection->fetchAssociative('SELECT * FROM boats WHERE id = ?', [$id]); // SAFE sqli

        return $row === false ? null : Boat::fromRow($row);
    }

    /** @return list<string> */
    public function classes(): array
    {
        return $this->connection->fetchFirstColumn("SELECT DISTINCT boat_class FROM boats WHERE status <> 'retired' ORDER BY boat_class");
    }

    /**
     * Boats free for the whole requested slot, the member's preferred class first.
     *
     * @return list<Boat>
     */
    public function availableFor(string $startsAt, string $endsAt, ?string $preferredClass): array
    {
        $preference = $preferredClass !== null ? "CASE WHEN b.boat_class = '" . $preferredClass . "' THEN 0 ELSE 1 END, " : '';
        $sql = "SELECT b.* FROM boats b
                 WHERE b.status = 'available'
                   AND NOT EXISTS (
                       SELECT 1 FROM hire_bookings h
                        WHERE h.boat_id = b.id
                          AND h.status IN ('pending', 'confirmed', 'on_water')
                          AND h.starts_at < :ends AND h.ends_at > :starts)
                 ORDER BY " . $preference . 'b.name';

        $rows = $this->connection->executeQuery($sql, ['starts' => $startsAt, 'ends' => $endsAt])->fetchAllAssociative(); // VULN sqli

        return array_map(Boat::fromRow(...), $rows);
    }

    /** @return list<Boat> */
    public function byClass(string $boatClass): array
    {
        $rows = $this->connection->executeQuery('SELECT * FROM boats WHERE boat_class = :cls ORDER BY name', ['cls' => $boatClass])->fetchAllAssociative(); // SAFE sqli

        return array_map(Boat::fromRow(...), $rows);
    }

    public function saveConditionNotes(int $boatId, string $notes): void
    {
        $this->connection->executeStatement(
            'UPDATE boats SET condition_notes = :notes, updated_at = NOW() WHERE id = :id',
            ['notes' => $notes, 'id' => $boatId]
        );
    }

    public function create(array $data): int
    {
        $this->connection->insert('boats', [
            'name' => $data['name'],
            'boat_class' => $data['boat_class'],
            'sail_number' => $data['sail_number'],
            'crew' => (int) $data['crew'],
            'hourly_rate_pence' => (int) $data['hourly_rate_pence'],
            'status' => 'available',
            'photo' => $data['photo'] ?? null,
        ]);

        return (int) $this->connection->lastInsertId();
    }

    public function setPhoto(int $boatId, ?string $photo): void
    {
        $this->connection->update('boats', ['photo' => $photo], ['id' => $boatId]);
    }

    public function retire(int $boatId): void
    {
        $this->connection->update('boats', ['status' => 'retired', 'photo' => null], ['id' => $boatId]);
    }
}
