<?php

declare(strict_types=1);

namespace Fenwick\Domain\Booking;

final class LoginResult
{
    private function __construct(
        public readonly bool $success,
        public readonly ?Booking $booking,
        public readonly string $next,
        public readonly ?string $error = null,
    ) {
    }

    public static function ok(Booking $booking, string $next): self
    {
        return new self(true, $booking, $next);
    }

    public static function failed(string $error): self
    {
        return new self(false, null, '/login', $error);
    }
}
