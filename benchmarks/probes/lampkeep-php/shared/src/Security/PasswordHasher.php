<?php

declare(strict_types=1);

namespace Lampkeep\Shared\Security;

/**
 * Password hashing for volunteer accounts that are not backed by the trust's LDAP.
 */
final class PasswordHasher
{
    private const OPTIONS = ['cost' => 12];

    public function hash(string $plain): string
    {
        if (strlen($plain) < 10) {
            throw new \InvalidArgumentException('Passwords must be at least 10 characters.');
        }

        return password_hash($plain, PASSWORD_BCRYPT, self::OPTIONS); // SAFE hash
    }

    public function verify(string $plain, string $stored): bool
    {
        return password_verify($plain, $stored);
    }

    public function needsRehash(string $stored): bool
    {
        return password_needs_rehash($stored, PASSWORD_BCRYPT, self::OPTIONS);
    }
}
