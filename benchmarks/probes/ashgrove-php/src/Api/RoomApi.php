<?php

declare(strict_types=1);

namespace Ashgrove\Api;

use Ashgrove\Bootstrap\Services;
use Ashgrove\Repository\RoomRepository;
use Ashgrove\Support\FlightHttp;
use DomainException;
use Flight;
use InvalidArgumentException;
use Throwable;

/**
 * Room availability and pricing for the booking widget on the parish site.
 */
final class RoomApi
{
    public static function register(Services $services): void
    {
        $rooms = new RoomRepository();

        Flight::route('GET /api/rooms', function () use ($rooms): void {
            FlightHttp::forWidgets(Flight::response(), (string) Flight::request()->getHeader('Origin'));
            Flight::json(['rooms' => $rooms->all()]);
        });

        Flight::route('GET /api/rooms/available', function () use ($rooms): void {
            $query = Flight::request()->query;
            FlightHttp::forWidgets(Flight::response(), (string) Flight::request()->getHeader('Origin'));

            $date = (string) ($query['date'] ?? date('Y-m-d'));
            if (\DateTimeImmutable::createFromFormat('!Y-m-d', $date) === false) {
                Flight::json(['error' => 'Dates look like 2025-06-14'], 400);

                return;
            }

            $feature = trim((string) ($query['feature'] ?? ''));

            Flight::json(['date' => $date, 'rooms' => $rooms->findAvailable($date, $feature)]);
        });

        Flight::route('GET /api/rooms/search', function () use ($rooms): void {
            $term = trim((string) Flight::request()->query->q);
            if (mb_strlen($term) < 2) {
                Flight::json(['rooms' => []]);

                return;
            }

            Flight::json(['rooms' => $rooms->searchByName($term)]);
        });

        Flight::route('GET /api/rooms/@id:[0-9]+/quote', function (string $id) use ($services): void {
            $query = Flight::request()->query;

            try {
                $quote = $services->bookings()->quote(
                    (int) $id,
                    (string) ($query['hours'] ?? '1'),
                    (string) ($query['surcharge'] ?? 'none'),
                );
            } catch (DomainException | InvalidArgumentException $e) {
                Flight::json(['error' => $e->getMessage()], 422);

                return;
            }

            Flight::json($quote);
        });

        Flight::route('POST /api/rooms/@id:[0-9]+/photo', function (string $id) use ($services, $rooms): void {
            try {
                $member = $services->auth()->memberFromBearer((string) Flight::request()->getHeader('Authorization'));
            } catch (Throwable) {
                $member = null;
            }
            if ($member === null || !$member->isCommittee()) {
                Flight::halt(403, 'Committee members only');

                return;
            }

            try {
                $path = $services->imports()->fetchRoomImage((int) $id, (string) Flight::request()->data->image_url);
            } catch (DomainException $e) {
                Flight::json(['error' => $e->getMessage()], 422);

                return;
            }

            $rooms->updateImage((int) $id, $path);
            Flight::json(['ok' => true]);
        });
    }
}
