<?php

declare(strict_types=1);

namespace Ashgrove\Support;

use Flight;
use flight\net\Response;

/**
 * Response helpers for the Flight front end: CORS headers for the JSON API
 * used by the parish website widgets, and redirects.
 */
final class FlightHttp
{
    /**
     * Widgets embedded on partner sites (the school, the church) call the
     * availability endpoints with the visitor's session.
     */
    public static function forWidgets(Response $response, string $origin): void
    {
        if ($origin === '') {
            return;
        }

        $response->header('Access-Control-Allow-Origin', $origin); // VULN cors
        $response->header('Access-Control-Allow-Credentials', 'true');
        $response->header('Vary', 'Origin');
    }

    /**
     * Member endpoints are only called from our own two front ends.
     *
     * @param list<string> $allowed
     */
    public static function forMembers(Response $response, string $origin, array $allowed): void
    {
        if (!in_array($origin, $allowed, true)) {
            return;
        }

        $response->header('Access-Control-Allow-Origin', $origin); // SAFE cors
        $response->header('Access-Control-Allow-Credentials', 'true');
        $response->header('Vary', 'Origin');
    }

    public static function continueTo(string $target, string $fallback = '/'): void
    {
        $target = trim($target) !== '' ? trim($target) : $fallback;

        Flight::redirect($target, 303); // VULN redirect
    }

    public static function backToPlot(int $plotId): void
    {
        Flight::redirect('/allotments/plots/' . $plotId, 303);
    }
}
