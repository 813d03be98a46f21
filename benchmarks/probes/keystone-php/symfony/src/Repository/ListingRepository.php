<?php

namespace App\Repository;

use Doctrine\DBAL\Connection;
use Doctrine\DBAL\ParameterType;

final class ListingRepository
{
    private const COLUMNS = 'l.id, l.reference, l.headline, l.city, l.postcode, l.price, l.bedrooms, l.status, l.listed_at';

    public function __construct(private readonly Connection $conn) {}

    public function findById(int $id): ?array
    {
        $row = $this->conn->fetchAssociative(
            'SELECT ' . self::COLUMNS . ', l.description, l.agent_id FROM listing l WHERE l.id = ?',
            [$id],
            [ParameterType::INTEGER]
        );

        return $row === false ? null : $row;
    }

    public function listActive(string $orderColumn, string $direction): array
    {
        $sql = 'SELECT ' . self::COLUMNS . " FROM listing l WHERE l.status = 'active'"
            . ' ORDER BY ' . $orderColumn . ' ' . $direction . ' LIMIT 100';

        return $this->conn->executeQuery($sql)->fetchAllAssociative(); // SAFE sqli
    }

    public function searchByCity(string $city, int $limit = 50): array
    {
        $sql = 'SELECT ' . self::COLUMNS . ' FROM listing l'
            . " WHERE l.status = 'active' AND l.city = '" . $city . "'"
            . ' ORDER BY l.listed_at DESC LIMIT ' . $limit;

        return $this->conn->executeQuery($sql)->fetchAllAssociative(); // VULN sqli
    }

    /**
     * @param list<array<string, mixed>> $rows
     */
    public function upsertFromFeed(array $rows, ?int $agentId): int
    {
        $this->conn->transactional(function (Connection $conn) use ($rows, $agentId): void {
            foreach ($rows as $row) {
                $id = $conn->fetchOne('SELECT id FROM listing WHERE reference = ?', [$row['reference']]);
                if ($id === false) {
                    $conn->insert('listing', $row + ['agent_id' => $agentId ?? 0, 'status' => 'active']);
                } else {
                    $conn->update('listing', $row, ['id' => $id]);
                }
            }
        });

        return \count($rows);
    }
}
