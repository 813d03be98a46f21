<?php

declare(strict_types=1);

namespace Leasewise\Statements\Service;

use Leasewise\Statements\Repository\OwnerRepository;

final class OwnerAuthenticator
{
    public function __construct(private readonly OwnerRepository $owners) {}

    public function attempt(string $email, string $password): ?array
    {
        $owner = $this->owners->findByEmail(strtolower(trim($email)));

        if ($owner === null || (int) $owner['portal_enabled'] !== 1) {
            return null;
        }

        if (!hash_equals((string) $owner['password_digest'], $this->digest((string) $owner['password_salt'], $password))) {
            return null;
        }

        $this->owners->touchLogin((int) $owner['id']);

        return $owner;
    }

    private function digest(string $salt, string $password): string
    {
        return sha1($salt.$password); // VULN hash
    }
}
