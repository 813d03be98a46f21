<?php

declare(strict_types=1);

namespace Ashgrove\Api;

use Ashgrove\Bootstrap\Services;
use Ashgrove\Support\FlightHttp;
use Flight;
use Throwable;

/**
 * Payment provider callbacks and member-only JSON endpoints.
 */
final class WebhookApi
{
    public static function register(Services $services): void
    {
        /*
         * ParishPay posts here via the county relay after a deposit is paid.
         * The relay forwards its own token describing what it is allowed to do.
         */
        Flight::route('POST /webhooks/parishpay', function () use ($services): void {
            $request = Flight::request();

            try {
                $claims = $services->jwt()->relayClaims((string) $request->getHeader('X-Relay-Token'));
            } catch (Throwable) {
                Flight::halt(401, 'Missing relay token');

                return;
            }

            if (($claims['scope'] ?? '') !== 'payments:notify') {
                Flight::halt(403, 'Relay token not valid for payments');

                return;
            }

            $reference = (string) $request->data->reference;
            if (($request->data->status ?? '') === 'succeeded') {
                $services->queue()->push('fetch_receipt', [
                    'reference' => $reference,
                    'receipt_url' => (string) $request->data->receipt_url,
                ]);
            }

            Flight::json(['received' => true]);
        });

        /*
         * Hirers come back here from the ParishPay checkout page.
         */
        Flight::route('GET /pay/return', function (): void {
            $query = Flight::request()->query;
            $continue = (string) ($query['continue'] ?? '/bookings/mine');

            FlightHttp::continueTo($continue, '/bookings/mine');
        });

        Flight::route('GET|OPTIONS /api/me', function () use ($services): void {
            $request = Flight::request();
            FlightHttp::forMembers(Flight::response(), (string) $request->getHeader('Origin'), $services->config('app')['allowed_origins']);

            if ($request->method === 'OPTIONS') {
                Flight::response()->header('Access-Control-Allow-Headers', 'Authorization');
                Flight::halt(204);

                return;
            }

            try {
                $member = $services->auth()->memberFromBearer((string) $request->getHeader('Authorization'));
            } catch (Throwable) {
                $member = null;
            }
            if ($member === null) {
                Flight::halt(401, 'Sign in required');

                return;
            }

            Flight::json([
                'id' => $member->id,
                'name' => $member->display_name,
                'upcoming' => $services->bookings()->upcomingFor($member->id)->map->only(['reference', 'title', 'starts_at'])->all(),
            ]);
        });

        Flight::route('POST /api/bookings/@id:[0-9]+/guest-reminder', function (string $id) use ($services): void {
            $request = Flight::request();

            try {
                $member = $services->auth()->memberFromBearer((string) $request->getHeader('Authorization'));
            } catch (Throwable) {
                $member = null;
            }

            $booking = $services->bookings()->find((int) $id);
            if ($member === null || $booking === null || $booking->member_id !== $member->id) {
                Flight::halt(404, 'Booking not found');

                return;
            }

            $guests = array_filter((array) $request->data->guests, static fn ($e) => filter_var($e, FILTER_VALIDATE_EMAIL));
            foreach (array_slice($guests, 0, 100) as $email) {
                $services->queue()->push('send_reminder', [
                    'template' => 'guest_reminder',
                    'email' => $email,
                    'source' => mb_substr((string) $request->data->message, 0, 2000),
                    'booking' => [
                        'title' => $booking->title,
                        'date' => $booking->starts_at->format('l j F Y, g:ia'),
                        'room' => $booking->room->name,
                    ],
                ]);
            }

            Flight::json(['queued' => count($guests)]);
        });
    }
}
