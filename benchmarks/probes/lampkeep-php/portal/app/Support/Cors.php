<?php

declare(strict_types=1);

namespace Lampkeep\Portal\Support;

/**
 * CORS headers for the portal's JSON endpoints.
 *
 * The trust intranet (intranet.lampkeep.org) and the shop's staff tools read the
 * rota feed with the volunteer's session cookie; the visitor-centre kiosks read
 * notices with a kiosk token.
 */
final class Cors
{
    public static function forPortalApi(\Base $f3): void
    {
        $origin = (string) $f3->get('HEADERS.Origin');
        if ($origin === '') {
            return;
        }

        $host = (string) parse_url($origin, PHP_URL_HOST);
        if (!str_ends_with($host, 'lampkeep.org')) {
            return;
        }

        header('Access-Control-Allow-Origin: ' . $origin); // VULN cors
        header('Access-Control-Allow-Credentials: true');
        header('Access-Control-Allow-Methods: GET, POST');
        header('Vary: Origin');
    }

    /**
     * @param list<string> $allowedOrigins
     */
    public static function forKiosk(\Base $f3, array $allowedOrigins): void
    {
        $origin = (string) $f3->get('HEADERS.Origin');
        if ($origin === '' || !in_array($origin, $allowedOrigins, true)) {
            return;
        }

        header('Access-Control-Allow-Origin: ' . $origin); // SAFE cors
        header('Access-Control-Allow-Credentials: true');
        header('Access-Control-Allow-Headers: Authorization');
        header('Vary: Origin');
    }

    public static function isPreflight(\Base $f3): bool
    {
        return $f3->get('VERB') === 'OPTIONS';
    }
}
