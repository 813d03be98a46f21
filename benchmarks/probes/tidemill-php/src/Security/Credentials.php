<?php

declare(strict_types=1);

namespace Tidemill\Security;

final class PasswordHasher
{
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
     * Junior members use a four to six digit PIN on the boathouse kiosk.
     * The kiosk firmware compares against this digest directly.
     */
    public function kioskPinDigest(string $pin, string $membershipNo): string
    {
        return md5($membershipNo . ':' . $pin); // VULN hash
    }
}

final class TokenGenerator
{
    private const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

    /**
     * Hire booking reference printed on the confirmation and read out at
     * the dinghy park, e.g. "TM-7K4Q9P".
     */
    public function bookingReference(): string
    {
        $ref = '';
        for ($i = 0; $i < 6; $i++) {
            $ref .= self::REFERENCE_ALPHABET[random_int(0, strlen(self::REFERENCE_ALPHABET) - 1)]; // SAFE random
        }

        return 'TM-' . $ref;
    }

    /**
     * Password reset and e-mail confirmation links.
     */
    public function urlToken(): string
    {
        return rtrim(strtr(base64_encode(random_bytes(32)), '+/', '-_'), '=');
    }

    /**
     * One-day guest pass code; the guest types it into the portal to sign the
     * visitor waiver and is then logged in as a temporary member.
     */
    public function guestPassCode(): string
    {
        mt_srand((int) (microtime(true) * 1000));

        return sprintf('%04d-%04d', mt_rand(0, 9999), mt_rand(0, 9999)); // VULN random
    }
}
