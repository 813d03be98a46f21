<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Xml;

final class ReservationNotice
{
    public function __construct(
        public readonly string $channelReference,
        public readonly string $propertyCode,
        public readonly string $ratePlan,
        public readonly string $guestName,
        public readonly string $guestEmail,
        public readonly string $arrival,
        public readonly string $departure,
        public readonly int $totalPence,
        public readonly string $notes,
    ) {
    }
}
