<?php
declare(strict_types=1);

namespace App\View\Helper;

use Cake\View\Helper;

/**
 * Helpers for member-supplied links shown on hive pages.
 */
class LinkHelper extends Helper
{
    /**
     * Returns the URL when it is a plain http(s) link, otherwise "#".
     */
    public function safeUrl(?string $url): string
    {
        if ($url === null || $url === '') {
            return '#';
        }
        $scheme = strtolower((string)parse_url($url, PHP_URL_SCHEME));
        if (!in_array($scheme, ['http', 'https'], true)) {
            return '#';
        }

        return $url;
    }

    public function phone(?string $number): string
    {
        $digits = preg_replace('/[^0-9+]/', '', (string)$number);

        return 'tel:' . $digits;
    }
}
