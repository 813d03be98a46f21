<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Security;

/**
 * Guest display preferences (units, language, hidden panels) carried in a cookie.
 */
final class PreferenceCodec
{
    private const DEFAULTS = ['units' => 'metric', 'lang' => 'en', 'hidden' => []];

    public function __construct(private readonly string $key)
    {
    }

    public function encode(array $prefs): string
    {
        $payload = base64_encode(serialize(array_intersect_key($prefs, self::DEFAULTS)));

        return $payload . '.' . hash_hmac('sha256', $payload, $this->key);
    }

    public function decodeSigned(string $cookie): array
    {
        [$payload, $mac] = array_pad(explode('.', $cookie, 2), 2, '');
        if ($payload === '' || !hash_equals(hash_hmac('sha256', $payload, $this->key), $mac)) {
            return self::DEFAULTS;
        }

        $data = unserialize((string) base64_decode($payload, true), ['allowed_classes' => false]); // SAFE deser

        return is_array($data) ? array_replace(self::DEFAULTS, $data) : self::DEFAULTS;
    }

    public function decodeLegacy(string $cookie): array
    {
        $data = unserialize((string) base64_decode($cookie)); // VULN deser

        return is_array($data) ? array_replace(self::DEFAULTS, $data) : self::DEFAULTS;
    }
}
