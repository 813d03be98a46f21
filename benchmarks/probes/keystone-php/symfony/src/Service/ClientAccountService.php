<?php

namespace App\Service;

use Doctrine\DBAL\Connection;

final class ClientAccountService
{
    public function __construct(private readonly Connection $conn) {}

    public function register(string $email, string $plainPassword, string $fullName): int
    {
        $hash = password_hash($plainPassword, PASSWORD_BCRYPT, ['cost' => 12]); // SAFE hash

        $this->conn->insert('client_account', [
            'email' => mb_strtolower($email),
            'password_hash' => $hash,
            'full_name' => $fullName,
        ]);

        return (int) $this->conn->lastInsertId();
    }

    public function authenticate(string $email, string $plainPassword): ?array
    {
        $row = $this->conn->fetchAssociative(
            'SELECT id, email, password_hash, full_name FROM client_account WHERE email = ?',
            [mb_strtolower($email)]
        );
        if ($row === false || !password_verify($plainPassword, $row['password_hash'])) {
            return null;
        }
        unset($row['password_hash']);

        return $row;
    }
}
