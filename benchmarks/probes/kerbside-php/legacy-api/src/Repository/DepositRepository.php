<?php

namespace Kerbside\Legacy\Repository;

use PDO;

final class DepositRepository
{
    public function __construct(private readonly PDO $pdo) {}

    public function forBranch(int $branchId, string $status, string $orderColumn): array
    {
        $sql = "SELECT id, reservation_ref, amount_cents, currency, status, created_at FROM deposits
                WHERE branch_id = {$branchId} AND status = '{$status}' ORDER BY {$orderColumn} DESC LIMIT 200";
        return $this->pdo->query($sql)->fetchAll(); // VULN sqli
    }

    public function findByReference(string $reference): ?array
    {
        $stmt = $this->pdo->prepare('SELECT id, reservation_ref, amount_cents, status, gateway_ref FROM deposits WHERE reservation_ref = :ref');
        $stmt->execute(['ref' => $reference]);

        return $stmt->fetch() ?: null;
    }

    public function storeReleaseCode(int $depositId, string $codeHash): void
    {
        $this->pdo->prepare('UPDATE deposits SET release_code_hash = ?, release_code_issued_at = NOW() WHERE id = ?')->execute([$codeHash, $depositId]);
    }

    public function openForCustomer(int $customerId): array
    {
        $stmt = $this->pdo->prepare("SELECT reservation_ref, amount_cents, status FROM deposits WHERE customer_id = ? AND status IN ('held', 'released')");
        $stmt->execute([$customerId]);

        return $stmt->fetchAll();
    }
}
