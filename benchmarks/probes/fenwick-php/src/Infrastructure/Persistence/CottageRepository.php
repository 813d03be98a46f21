<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Persistence;

use Doctrine\DBAL\Connection;
use Doctrine\DBAL\ParameterType;
use Fenwick\Domain\Cottage\CottageSearchCriteria;

final class CottageRepository
{
    private const SORTABLE = [
        'name' => 'c.name',
        'price' => 'c.nightly_rate_pence',
        'sleeps' => 'c.sleeps',
        'village' => 'c.village',
    ];

    public function __construct(private readonly Connection $connection)
    {
    }

    /**
     * @return list<array<string, mixed>>
     */
    public function search(CottageSearchCriteria $criteria): array
    {
        [$where, $params, $types] = $this->buildFilter($criteria);

        $orderColumn = self::SORTABLE[$criteria->sort] ?? $criteria->sort;
        $sql = sprintf(
            'SELECT c.* FROM cottages c WHERE %s ORDER BY %s %s LIMIT %d OFFSET %d',
            implode(' AND ', $where),
            $orderColumn,
            $criteria->direction === 'desc' ? 'DESC' : 'ASC',
            CottageSearchCriteria::PAGE_SIZE,
            $criteria->offset(),
        );

        return $this->connection->fetchAllAssociative($sql, $params, $types); // VULN sqli
    }

    public function countMatching(CottageSearchCriteria $criteria): int
    {
        [$where, $params, $types] = $this->buildFilter($criteria);

        return (int) $this->connection->fetchOne('SELECT COUNT(*) FROM cottages c WHERE ' . implode(' AND ', $where), $params, $types); // SAFE sqli
    }

    public function findBySlug(string $slug): ?array
    {
        $row = $this->connection->fetchAssociative('SELECT * FROM cottages WHERE slug = :slug AND is_listed = 1', ['slug' => $slug]); // SAFE sqli

        return $row === false ? null : $row;
    }

    public function findById(int $id): ?array
    {
        $row = $this->connection->fetchAssociative('SELECT * FROM cottages WHERE id = ?', [$id], [ParameterType::INTEGER]);

        return $row === false ? null : $row;
    }

    public function updateCalendarUrl(int $cottageId, int $ownerId, string $url): int
    {
        return (int) $this->connection->update(
            'cottages',
            ['calendar_url' => $url, 'calendar_synced_at' => null],
            ['id' => $cottageId, 'owner_id' => $ownerId],
        );
    }

    /**
     * @param array{description: string, welcome_template: string, owner_website: ?string} $fields
     */
    public function updateListing(int $cottageId, int $ownerId, array $fields): int
    {
        return (int) $this->connection->update(
            'cottages',
            $fields + ['listing_updated_at' => date('Y-m-d H:i:s')],
            ['id' => $cottageId, 'owner_id' => $ownerId],
        );
    }

    public function findWelcomeTemplate(int $cottageId): ?string
    {
        $value = $this->connection->fetchOne('SELECT welcome_template FROM cottages WHERE id = ?', [$cottageId]);

        return $value === false || $value === null ? null : (string) $value;
    }

    public function ownsCottage(int $ownerId, int $cottageId): bool
    {
        return (bool) $this->connection->fetchOne(
            'SELECT 1 FROM cottages WHERE id = :id AND owner_id = :owner',
            ['id' => $cottageId, 'owner' => $ownerId],
        );
    }

    /**
     * @return array{0: list<string>, 1: array<string, mixed>, 2: array<string, ParameterType>}
     */
    private function buildFilter(CottageSearchCriteria $criteria): array
    {
        $where = ['c.is_listed = 1', 'c.sleeps >= :sleeps'];
        $params = ['sleeps' => $criteria->minSleeps];
        $types = ['sleeps' => ParameterType::INTEGER];

        if ($criteria->village !== null) {
            $where[] = 'c.village LIKE :village';
            $params['village'] = '%' . addcslashes($criteria->village, '%_') . '%';
        }

        if ($criteria->dogsOnly) {
            $where[] = 'c.dogs_allowed = 1';
        }

        if ($criteria->arrival !== null && $criteria->departure !== null) {
            $where[] = 'NOT EXISTS (SELECT 1 FROM bookings b WHERE b.cottage_id = c.id AND b.status <> \'cancelled\''
                . ' AND b.arrival < :departure AND b.departure > :arrival)';
            $params['arrival'] = $criteria->arrival->format('Y-m-d');
            $params['departure'] = $criteria->departure->format('Y-m-d');
        }

        return [$where, $params, $types];
    }
}
