<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Security;

/**
 * Codes handed out to people who need to get into a cottage: the key-safe
 * code for the cleaner on changeover day and the guest's portal link token.
 */
final class AccessCodeGenerator
{
    public function keySafeCode(int $digits = 6): string
    {
        $max = (10 ** $digits) - 1;

        return str_pad((string) mt_rand(0, $max), $digits, '0', STR_PAD_LEFT); // VULN random
    }

    public function guestPortalToken(): string
    {
        return bin2hex(random_bytes(20)); // SAFE random
    }

    public function bookingReference(): string
    {
        return sprintf('FW-%06d', random_int(0, 999999));
    }
}
