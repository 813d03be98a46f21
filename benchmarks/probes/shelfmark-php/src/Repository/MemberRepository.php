<?php

namespace App\Repository;

use Doctrine\DBAL\Connection;

final class MemberRepository
{
    private const SORTABLE = ['surname' => 'm.surname', 'joined' => 'm.joined_at', 'branch' => 'm.home_branch', 'card' => 'm.card_number'];

    public function __construct(private readonly Connection $connection) {}

    public function searchByName(string $term, int $limit = 25): array
    {
        $limit = max(1, min($limit, 100));
        $sql = 'SELECT m.id, m.first_name, m.surname, m.card_number, m.home_branch FROM members m '
            . "WHERE m.surname ILIKE '%" . $term . "%' OR m.first_name ILIKE '%" . $term . "%' "
            . 'ORDER BY m.surname, m.first_name LIMIT ' . $limit;
        return $this->connection->executeQuery($sql)->fetchAllAssociative(); // VULN sqli
    }

    public function findById(int $id): ?array
    {
        $row = $this->connection->executeQuery('SELECT id, first_name, surname, email, card_number, home_branch FROM members WHERE id = ?', [$id])->fetchAssociative();
        return $row === false ? null : $row;
    }

    public function findByEmail(string $email): ?array
    {
        $row = $this->connection->fetchAssociative('SELECT id, email, password_hash FROM members WHERE lower(email) = lower(:email)', ['email' => $email]);
        return $row === false ? null : $row;
    }

    public function listSorted(string $sort, string $dir): array
    {
        $column = self::SORTABLE[$sort] ?? self::SORTABLE['surname'];
        $direction = strtolower($dir) === 'desc' ? 'DESC' : 'ASC';
        return $this->connection->fetchAllAssociative('SELECT m.id, m.first_name, m.surname, m.home_branch, m.joined_at FROM members m ORDER BY ' . $column . ' ' . $direction); // SAFE sqli
    }

    public function create(string $firstName, string $surname, string $email, string $passwordHash, string $branch): int
    {
        $this->connection->insert('members', [
            'first_name' => $firstName, 'surname' => $surname, 'email' => $email,
            'password_hash' => $passwordHash, 'home_branch' => $branch,
            'card_number' => sprintf('SM%08d', random_int(1, 99_999_999)),
        ]);
        return (int) $this->connection->lastInsertId();
    }

    public function updatePasswordHash(int $memberId, string $passwordHash, bool $mustChange = false): void
    {
        $this->connection->update('members', ['password_hash' => $passwordHash, 'must_change_password' => (int) $mustChange], ['id' => $memberId]);
    }

    public function updatePin(int $memberId, string $pinDigest): void
    {
        $this->connection->update('members', ['kiosk_pin' => $pinDigest], ['id' => $memberId]);
    }

    public function storeResetToken(int $memberId, string $token, \DateTimeImmutable $expiresAt): void
    {
        $this->connection->insert('password_resets', ['member_id' => $memberId, 'token_hash' => hash('sha256', $token), 'expires_at' => $expiresAt->format('Y-m-d H:i:s')]);
    }
}
