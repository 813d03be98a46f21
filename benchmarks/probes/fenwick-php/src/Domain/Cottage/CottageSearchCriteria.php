<?php

declare(strict_types=1);

namespace Fenwick\Domain\Cottage;

use DateTimeImmutable;

final class CottageSearchCriteria
{
    public const PAGE_SIZE = 12;

    public function __construct(
        public readonly ?string $village = null,
        public readonly int $minSleeps = 1,
        public readonly bool $dogsOnly = false,
        public readonly ?DateTimeImmutable $arrival = null,
        public readonly ?DateTimeImmutable $departure = null,
        public readonly string $sort = 'name',
        public readonly string $direction = 'asc',
        public readonly int $page = 1,
    ) {
    }

    public static function fromQuery(array $query): self
    {
        $arrival = isset($query['arrival']) ? DateTimeImmutable::createFromFormat('!Y-m-d', (string) $query['arrival']) : false;
        $departure = isset($query['departure']) ? DateTimeImmutable::createFromFormat('!Y-m-d', (string) $query['departure']) : false;

        return new self(
            village: isset($query['village']) && $query['village'] !== '' ? trim((string) $query['village']) : null,
            minSleeps: max(1, (int) ($query['sleeps'] ?? 1)),
            dogsOnly: ($query['dogs'] ?? '') === '1',
            arrival: $arrival ?: null,
            departure: $departure ?: null,
            sort: (string) ($query['sort'] ?? 'name'),
            direction: strtolower((string) ($query['dir'] ?? 'asc')) === 'desc' ? 'desc' : 'asc',
            page: max(1, (int) ($query['page'] ?? 1)),
        );
    }

    public function offset(): int
    {
        return ($this->page - 1) * self::PAGE_SIZE;
    }
}
