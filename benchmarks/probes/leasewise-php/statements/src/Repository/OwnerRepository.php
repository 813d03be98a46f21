<?php

declare(strict_types=1);

namespace Leasewise\Statements\Repository;

use PDO;

final class OwnerRepository
{
    public function __construct(private readonly PDO $pdo) {}

    public function findByEmail(string $email): ?array
    {
        $stmt = $this->pdo->prepare(
            'SELECT id, name, email, password_digest, password_salt, portal_enabled
               FROM owners
              WHERE email = :email
              LIMIT 1'
        );
        $stmt->execute(['email' => $email]);

        return $stmt->fetch() ?: null;
    }

    public function touchLogin(int $ownerId): void
    {
        $stmt = $this->pdo->prepare('UPDATE owners SET last_portal_login_at = NOW() WHERE id = :id');
        $stmt->execute(['id' => $ownerId]);
    }
}
