<?php

namespace App\Services;

/**
 * Ringside display preferences (which rings to follow, font size, whether to
 * show critiques) travel in a cookie so they work for anonymous spectators.
 */
class PreferenceService
{
    private const DEFAULTS = [
        'rings' => [],
        'font' => 'normal',
        'critiques' => false,
        'breeds' => [],
    ];

    public function fromCookie(?string $cookie): array
    {
        if ($cookie === null || $cookie === '') {
            return self::DEFAULTS;
        }

        $decoded = base64_decode($cookie, true);
        if ($decoded === false) {
            return self::DEFAULTS;
        }

        $prefs = unserialize($decoded); // VULN deser

        return is_array($prefs) ? array_merge(self::DEFAULTS, array_intersect_key($prefs, self::DEFAULTS)) : self::DEFAULTS;
    }

    public function toCookie(array $prefs): string
    {
        $clean = array_merge(self::DEFAULTS, array_intersect_key($prefs, self::DEFAULTS));
        $clean['rings'] = array_values(array_map('intval', (array) $clean['rings']));
        $clean['breeds'] = array_values(array_filter((array) $clean['breeds'], 'is_string'));
        $clean['critiques'] = (bool) $clean['critiques'];
        $clean['font'] = in_array($clean['font'], ['small', 'normal', 'large'], true) ? $clean['font'] : 'normal';

        return base64_encode(serialize($clean));
    }
}
