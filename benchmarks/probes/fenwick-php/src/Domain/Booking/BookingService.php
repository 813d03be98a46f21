<?php

declare(strict_types=1);

namespace Fenwick\Domain\Booking;

use Fenwick\Infrastructure\Persistence\BookingRepository;
use Fenwick\Infrastructure\Security\RedirectGuard;

final class BookingService
{
    public const REFERENCE_PATTERN = '/^FW-\d{6}$/';

    public function __construct(
        private readonly BookingRepository $bookings,
        private readonly RedirectGuard $redirectGuard,
    ) {
    }

    public function guestLogin(string $email, string $reference, ?string $next): LoginResult
    {
        $reference = strtoupper(trim($reference));
        if (!preg_match(self::REFERENCE_PATTERN, $reference)) {
            return LoginResult::failed('Please enter the booking reference from your confirmation email.');
        }

        $row = $this->bookings->findForGuest($reference, strtolower(trim($email)));
        if ($row === null) {
            return LoginResult::failed('We could not find a booking with those details.');
        }

        $target = ($next !== null && $this->redirectGuard->isLocal($next)) ? $next : '/my-stay';

        return LoginResult::ok(Booking::fromRow($row), $target);
    }

    public function rememberPortalToken(Booking $booking, string $token): void
    {
        $this->bookings->storePortalTokenHash($booking->id, hash('sha256', $token));
    }

    /**
     * Resolves the "fenwick_stay" cookie (reference:token) to the guest's booking.
     */
    public function fromPortalCookie(?string $cookie): ?Booking
    {
        if ($cookie === null || !str_contains($cookie, ':')) {
            return null;
        }

        [$reference, $token] = explode(':', $cookie, 2);
        if (!preg_match(self::REFERENCE_PATTERN, $reference)) {
            return null;
        }

        $row = $this->bookings->findByReference($reference);
        if ($row === null || empty($row['portal_token_hash']) || !hash_equals((string) $row['portal_token_hash'], hash('sha256', $token))) {
            return null;
        }

        return Booking::fromRow($row);
    }

    public function byReference(string $reference): ?Booking
    {
        $row = $this->bookings->findByReference($reference);

        return $row === null ? null : Booking::fromRow($row);
    }

    /**
     * @return list<Booking>
     */
    public function forOwner(int $ownerId, string $sort, string $direction): array
    {
        return array_map(
            static fn (array $r) => Booking::fromRow($r),
            $this->bookings->listForOwner($ownerId, $sort, $direction),
        );
    }
}
