<?php

declare(strict_types=1);

namespace Ashgrove\Dto;

/**
 * Filters for the committee's booking list.
 */
final class BookingSearch
{
    public function __construct(
        public readonly ?int $roomId,
        public readonly ?string $status,
        public readonly string $sort,
        public readonly string $direction,
        public readonly int $page,
    ) {
    }

    public static function fromQuery(array $query): self
    {
        $roomId = isset($query['room']) && $query['room'] !== '' ? (int) $query['room'] : null;
        $direction = strtolower((string) ($query['dir'] ?? 'asc')) === 'desc' ? 'desc' : 'asc';

        return new self(
            $roomId,
            isset($query['status']) ? (string) $query['status'] : null,
            (string) ($query['sort'] ?? 'starts_at'),
            $direction,
            max(1, (int) ($query['page'] ?? 1)),
        );
    }
}
