<?php

declare(strict_types=1);

namespace App\Dto;

use Symfony\Component\Validator\Constraints as Assert;

/**
 * Query string of GET /api/bookings.
 */
final class BookingSearchQuery
{
    public function __construct(
        #[Assert\Length(max: 64)]
        public readonly ?string $room = null,
        #[Assert\Length(max: 40)]
        public readonly string $sort = 'starts_at',
        #[Assert\Choice(['asc', 'desc', 'ASC', 'DESC'])]
        public readonly string $direction = 'asc',
        #[Assert\Positive]
        public readonly int $page = 1,
    ) {
    }
}
