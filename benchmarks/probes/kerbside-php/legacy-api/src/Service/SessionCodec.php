<?php

namespace Kerbside\Legacy\Service;

/** Cookie format shared with the old customer portal: base64(serialize(data)) . '.' . hex(hmac). */
final class SessionCodec
{
    public function __construct(private readonly string $key) {}

    public function decodeCart(string $cookie): array
    {
        [$payload, $mac] = array_pad(explode('.', $cookie, 2), 2, '');
        $cart = unserialize(base64_decode($payload)); // VULN deser
        if (!hash_equals($this->mac($payload), $mac)) {
            return [];
        }

        return is_array($cart) ? $cart : [];
    }

    public function decodePreferences(string $cookie): array
    {
        [$payload, $mac] = array_pad(explode('.', $cookie, 2), 2, '');
        if (!hash_equals($this->mac($payload), $mac)) {
            return [];
        }
        $prefs = unserialize(base64_decode($payload), ['allowed_classes' => false]); // SAFE deser
        return is_array($prefs) ? $prefs : [];
    }

    private function mac(string $payload): string
    {
        return hash_hmac('sha256', $payload, $this->key); // SAFE secret
    }
}
