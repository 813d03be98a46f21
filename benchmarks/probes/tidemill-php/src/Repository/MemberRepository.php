<?php

declare(strict_types=1);

namespace Tidemill\Repository;

use PDO;
use Tidemill\Domain\Member;
use Tidemill\Domain\ProfileUpdate;

/**
 * Membership tables, still on plain PDO from the 2016 rewrite.
 */
final class MemberRepository
{
    public function __construct(private readonly PDO $pdo)
    {
    }

    public function find(int $id): ?Member
    {
        $stmt = $this->pdo->prepare('SELECT * FROM members WHERE id = :id');
        $stmt->execute(['id' => $id]);
        $row = $stmt->fetch();

        return $row === false ? null : Member::fromRow($row);
    }

    /** @return array{member:Member,password_hash:string}|null */
    public function findCredentialsByEmail(string $email): ?array
    {
        $stmt = $this->pdo->prepare('SELECT * FROM members WHERE lower(email) = lower(:email) AND active = true');
        $stmt->execute(['email' => $email]); // SAFE sqli
        $row = $stmt->fetch();
        if ($row === false) {
            return null;
        }

        return ['member' => Member::fromRow($row), 'password_hash' => (string) $row['password_hash']];
    }

    /** @return list<Member> */
    public function searchByName(string $name, int $limit = 25): array
    {
        $sql = "SELECT * FROM members WHERE active = true AND (first_name || ' ' || surname) ILIKE '%" . $name . "%' ORDER BY surname, first_name LIMIT " . $limit;
        $rows = $this->pdo->query($sql)->fetchAll(); // VULN sqli

        return array_map(Member::fromRow(...), $rows);
    }

    public function updateProfile(int $memberId, ProfileUpdate $update): void
    {
        $stmt = $this->pdo->prepare(
            'UPDATE members SET first_name = :first, surname = :surname, preferred_class = :class,
                    website = :website, bio = :bio, webhook_url = :webhook, updated_at = NOW()
              WHERE id = :id'
        );
        $stmt->execute([
            'first' => $update->firstName,
            'surname' => $update->surname,
            'class' => $update->preferredClass,
            'website' => $update->website,
            'bio' => $update->bio,
            'webhook' => $update->webhookUrl,
            'id' => $memberId,
        ]);
    }

    public function updatePasswordHash(int $memberId, string $hash): void
    {
        $stmt = $this->pdo->prepare('UPDATE members SET password_hash = ? WHERE id = ?');
        $stmt->execute([$hash, $memberId]);
    }

    public function updateKioskPin(int $memberId, string $digest): void
    {
        $stmt = $this->pdo->prepare('UPDATE members SET kiosk_pin = ? WHERE id = ?');
        $stmt->execute([$digest, $memberId]);
    }

    public function createGuest(string $name, string $email, string $passCode): int
    {
        $stmt = $this->pdo->prepare(
            "INSERT INTO members (membership_no, first_name, surname, email, category, guest_pass, active, valid_until)
             VALUES ('GUEST', :first, '', :email, 'guest', :pass, true, NOW() + INTERVAL '1 day') RETURNING id"
        );
        $stmt->execute(['first' => $name, 'email' => $email, 'pass' => $passCode]);

        return (int) $stmt->fetchColumn();
    }

    public function findGuestByPass(string $passCode): ?Member
    {
        $stmt = $this->pdo->prepare("SELECT * FROM members WHERE category = 'guest' AND guest_pass = ? AND valid_until > NOW()");
        $stmt->execute([$passCode]);
        $row = $stmt->fetch();

        return $row === false ? null : Member::fromRow($row);
    }
}
