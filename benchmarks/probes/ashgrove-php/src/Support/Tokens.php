<?php

declare(strict_types=1);

namespace Ashgrove\Support;

final class Tokens
{
    private const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

    /** Opaque token for e-mail confirmation links. */
    public static function urlToken(): string
    {
        return rtrim(strtr(base64_encode(random_bytes(24)), '+/', '-_'), '='); // SAFE random
    }

    /** Human-friendly booking reference, e.g. AGH-7K2M9Q. */
    public static function bookingReference(): string
    {
        $ref = '';
        for ($i = 0; $i < 6; $i++) {
            $ref .= self::REFERENCE_ALPHABET[random_int(0, strlen(self::REFERENCE_ALPHABET) - 1)];
        }

        return 'AGH-' . $ref;
    }
}
