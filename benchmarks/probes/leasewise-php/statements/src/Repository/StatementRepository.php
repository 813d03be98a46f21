<?php

declare(strict_types=1);

namespace Leasewise\Statements\Repository;

use PDO;

final class StatementRepository
{
    public function __construct(private readonly PDO $pdo) {}

    public function owner(int $ownerId): ?array
    {
        $stmt = $this->pdo->prepare('SELECT id, name, email, fee_basis_points FROM owners WHERE id = :id');
        $stmt->execute(['id' => $ownerId]);

        return $stmt->fetch() ?: null;
    }

    public function linesForPeriod(int $ownerId, string $period): array
    {
        $sql = "SELECT l.id, l.posted_on, l.category, l.memo, l.amount_cents,
                       p.name AS property_name, u.label AS unit_label
                  FROM owner_ledger l
                  JOIN properties p ON p.id = l.property_id
             LEFT JOIN units u ON u.id = l.unit_id
                 WHERE p.owner_id = {$ownerId}
                   AND DATE_FORMAT(l.posted_on, '%Y-%m') = '{$period}'
              ORDER BY p.name, l.posted_on, l.id";

        return $this->pdo->query($sql)->fetchAll(); // VULN sqli
    }

    public function totalsForPeriod(int $ownerId, string $period): array
    {
        $stmt = $this->pdo->prepare( // SAFE sqli
            "SELECT COALESCE(SUM(CASE WHEN l.amount_cents > 0 THEN l.amount_cents END), 0) AS income_cents,
                    COALESCE(-SUM(CASE WHEN l.amount_cents < 0 THEN l.amount_cents END), 0) AS expense_cents
               FROM owner_ledger l
               JOIN properties p ON p.id = l.property_id
              WHERE p.owner_id = :owner
                AND DATE_FORMAT(l.posted_on, '%Y-%m') = :period"
        );
        $stmt->execute(['owner' => $ownerId, 'period' => $period]);

        return $stmt->fetch() ?: ['income_cents' => 0, 'expense_cents' => 0];
    }

    public function ledgerPage(int $ownerId, string $orderColumn, string $direction, int $offset, int $limit): array
    {
        $stmt = $this->pdo->prepare( // SAFE sqli
            "SELECT l.posted_on, p.name AS property_name, u.label AS unit_label, l.category, l.memo, l.amount_cents
               FROM owner_ledger l
               JOIN properties p ON p.id = l.property_id
          LEFT JOIN units u ON u.id = l.unit_id
              WHERE p.owner_id = :owner
           ORDER BY {$orderColumn} {$direction}, l.id
              LIMIT :limit OFFSET :offset"
        );
        $stmt->bindValue('owner', $ownerId, PDO::PARAM_INT);
        $stmt->bindValue('limit', $limit, PDO::PARAM_INT);
        $stmt->bindValue('offset', $offset, PDO::PARAM_INT);
        $stmt->execute();

        return $stmt->fetchAll();
    }
}
