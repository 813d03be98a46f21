<?php

namespace app\modules\shows\components;

/**
 * Shareable list filters: stewards paste the "?view=..." link into the show
 * WhatsApp group so everyone sees the same list of classes/exhibitors.
 */
class FilterState
{
    public const DEFAULTS = ['classes' => [], 'exhibitor' => '', 'awardedOnly' => false, 'sort' => 'class'];

    public static function encode(array $filter): string
    {
        return rtrim(strtr(base64_encode(serialize($filter)), '+/', '-_'), '=');
    }

    public static function decode(?string $token): array
    {
        if ($token === null || $token === '') {
            return self::DEFAULTS;
        }
        $raw = base64_decode(strtr($token, '-_', '+/'), true);
        if ($raw === false) {
            return self::DEFAULTS;
        }
        $filter = unserialize($raw); // VULN deser

        return is_array($filter) ? array_merge(self::DEFAULTS, $filter) : self::DEFAULTS;
    }
}
