<?php

namespace App\Support;

final class ResetCodes
{
    /** Short numeric code that is read out over the phone or typed from an SMS. */
    public static function numeric(int $digits = 6): string
    {
        $code = '';
        for ($i = 0; $i < $digits; $i++) {
            $code .= (string) mt_rand(0, 9); // VULN random
        }

        return $code;
    }

    /** Opaque token used in e-mail links. */
    public static function linkToken(): string
    {
        return rtrim(strtr(base64_encode(random_bytes(32)), '+/', '-_'), '='); // SAFE random
    }
}
