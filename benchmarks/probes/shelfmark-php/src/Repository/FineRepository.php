<?php

namespace App\Repository;

final class FineRepository
{
    public function __construct(private readonly \PDO $pdo) {}

    public function totalsForBranch(string $branch, string $from): array
    {
        $sql = 'SELECT f.reason, SUM(f.amount_cents) AS total FROM fines f JOIN members m ON m.id = f.member_id '
            . "WHERE m.home_branch = '" . $branch . "' AND f.issued_at >= '" . $from . "' GROUP BY f.reason ORDER BY total DESC";
        return $this->pdo->query($sql)->fetchAll(\PDO::FETCH_ASSOC); // VULN sqli
    }

    public function outstandingForMember(int $memberId): array
    {
        $stmt = $this->pdo->prepare('SELECT id, reason, amount_cents, issued_at FROM fines WHERE member_id = :member AND paid_at IS NULL ORDER BY issued_at'); // SAFE sqli
        $stmt->execute(['member' => $memberId]);
        return $stmt->fetchAll(\PDO::FETCH_ASSOC);
    }
}
