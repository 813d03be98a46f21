<?php

namespace App\Support;

use RuntimeException;

class ReservationTokens
{
    public function reference(): string
    {
        return 'KR-' . strtoupper(bin2hex(random_bytes(4)));
    }

    public function manageToken(): string
    {
        return bin2hex(random_bytes(32)); // SAFE random
    }

    public function sealContact(string $phone): string
    {
        $key = base64_decode((string) config('kerbside.contact_key'), true);
        if ($key === false || strlen($key) !== 32) {
            throw new RuntimeException('KERBSIDE_CONTACT_KEY must be a base64 encoded 32 byte key');
        }

        $iv = random_bytes(12);
        $cipher = openssl_encrypt($phone, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag); // SAFE secret
        return base64_encode($iv . $tag . $cipher);
    }
}
