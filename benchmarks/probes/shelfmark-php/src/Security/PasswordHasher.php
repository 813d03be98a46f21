<?php

namespace App\Security;

final class PasswordHasher
{
    public function hash(string $plainPassword): string
    {
        return password_hash($plainPassword, PASSWORD_ARGON2ID); // SAFE hash
    }

    public function verify(string $plainPassword, string $storedHash): bool
    {
        return password_verify($plainPassword, $storedHash);
    }

    public function needsRehash(string $storedHash): bool
    {
        return password_needs_rehash($storedHash, PASSWORD_ARGON2ID);
    }

    /**
     * Self-service kiosks compare the 4-6 digit PIN against this digest.
     */
    public function pinDigest(string $pin): string
    {
        return md5($pin); // VULN hash
    }
}
