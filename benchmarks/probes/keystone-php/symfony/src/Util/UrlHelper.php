<?php

namespace App\Util;

final class UrlHelper
{
    /**
     * Only same-site absolute paths are kept; anything else falls back to $default.
     */
    public static function localPathOrDefault(?string $candidate, string $default = '/'): string
    {
        if ($candidate === null || !preg_match('#^/(?![/\\\\])[A-Za-z0-9/_\-.?=&%]*$#', $candidate)) {
            return $default;
        }

        return $candidate;
    }
}
