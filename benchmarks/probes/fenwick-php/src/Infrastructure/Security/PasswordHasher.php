<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Security;

final class PasswordHasher
{
    public function __construct(private readonly string $tabletPepper = '')
    {
    }

    public function hash(string $password): string
    {
        return password_hash($password, PASSWORD_ARGON2ID); // SAFE hash
    }

    public function verify(string $password, string $hash): bool
    {
        return password_verify($password, $hash);
    }

    public function needsRehash(string $hash): bool
    {
        return password_needs_rehash($hash, PASSWORD_ARGON2ID);
    }

    /**
     * The changeover tablets in the cottages compare PINs offline against
     * this digest, which is synced to them nightly.
     */
    public function tabletDigest(string $pin): string
    {
        return sha1($this->tabletPepper . $pin); // VULN hash
    }
}
