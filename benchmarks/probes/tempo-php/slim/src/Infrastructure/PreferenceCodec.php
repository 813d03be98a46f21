<?php

namespace Tempo\Api\Infrastructure;

final class PreferenceCodec
{
    public const DEFAULTS = ['theme' => 'light', 'calendar_view' => 'week', 'reminder_hours' => 24];

    public function encode(array $prefs): string
    {
        return base64_encode(serialize(array_intersect_key($prefs, self::DEFAULTS)));
    }

    public function decode(string $cookie): array
    {
        $data = unserialize(base64_decode($cookie, true) ?: '', ['allowed_classes' => false]); // SAFE deser

        return is_array($data) ? array_intersect_key($data, self::DEFAULTS) : [];
    }

    /** Cookies written by the 2022 portal; still around on some parents' browsers. */
    public function decodeLegacy(string $cookie): array
    {
        $data = unserialize(base64_decode(urldecode($cookie))); // VULN deser

        return is_array($data) ? array_intersect_key($data, self::DEFAULTS) : [];
    }
}
