<?php

declare(strict_types=1);

/*
 * Front controller for the JSON API and the public allotment widgets. The
 * booking pages are served by the Laminas application (Ashgrove\Laminas\Module) and
 * the allotment pages by Phalcon (public/allotments.php).
 */

use Ashgrove\Api\RoomApi;
use Ashgrove\Api\WebhookApi;
use Ashgrove\Bootstrap\Services;
use Ashgrove\Support\FlightHttp;

require dirname(__DIR__) . '/vendor/autoload.php';

date_default_timezone_set('Europe/London');

$services = Services::get();

Flight::set('flight.log_errors', true);
Flight::set('flight.handle_errors', true);

Flight::map('notFound', function (): void {
    Flight::json(['error' => 'Not found'], 404);
});

Flight::map('error', function (Throwable $e): void {
    error_log('api error: ' . $e->getMessage());
    Flight::json(['error' => 'Something went wrong'], 500);
});

RoomApi::register($services);
WebhookApi::register($services);

/*
 * Lightweight pages embedded in the parish website: the allotment site
 * finder and the noticeboard.
 */
Flight::route('GET /widgets/allotments', function () use ($services): void {
    $search = trim((string) (Flight::request()->query['search'] ?? ''));
    $sites = $services->plots()->siteNames();

    if ($search !== '') {
        $sites = array_values(array_filter($sites, static fn (string $s): bool => stripos($s, $search) !== false));
    }

    $html = $services->templates()->allotmentPage('waiting_list', [
        'search' => $search,
        'has_search' => $search !== '',
        'sites' => array_map(static fn (string $s): array => [
            'name' => $s,
            'url' => '/allotments/plots?site=' . rawurlencode($s),
        ], $sites),
        'vacant' => $services->plots()->vacantCount(),
    ]);

    Flight::response()->header('Content-Type', 'text/html; charset=UTF-8');
    echo $html;
});

Flight::route('GET /widgets/notices', function () use ($services): void {
    $templates = $services->templates();
    $name = (string) (Flight::request()->query['name'] ?? '');

    if ($name === '') {
        Flight::json(['notices' => $templates->noticeNames()]);

        return;
    }

    try {
        $text = $templates->notice($name);
    } catch (RuntimeException $e) {
        Flight::json(['error' => $e->getMessage()], 404);

        return;
    }

    Flight::json(['name' => $name, 'markdown' => $text]);
});

Flight::route('GET /widgets/plots/@id:[0-9]+/enquire', function (string $id): void {
    FlightHttp::backToPlot((int) $id);
});

Flight::start();
