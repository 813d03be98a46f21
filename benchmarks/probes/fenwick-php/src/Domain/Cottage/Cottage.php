<?php

declare(strict_types=1);

namespace Fenwick\Domain\Cottage;

final class Cottage
{
    public function __construct(
        public readonly int $id,
        public readonly int $ownerId,
        public readonly string $slug,
        public readonly string $name,
        public readonly string $village,
        public readonly int $sleeps,
        public readonly int $bedrooms,
        public readonly bool $dogsAllowed,
        public readonly int $nightlyRatePence,
        public readonly string $description,
        public readonly ?string $ownerWebsite = null,
        public readonly ?string $calendarUrl = null,
    ) {
    }

    public static function fromRow(array $row): self
    {
        return new self(
            (int) $row['id'],
            (int) $row['owner_id'],
            (string) $row['slug'],
            (string) $row['name'],
            (string) $row['village'],
            (int) $row['sleeps'],
            (int) $row['bedrooms'],
            (bool) $row['dogs_allowed'],
            (int) $row['nightly_rate_pence'],
            (string) ($row['description'] ?? ''),
            $row['owner_website'] ?? null,
            $row['calendar_url'] ?? null,
        );
    }

    public function nightlyRate(): string
    {
        return number_format($this->nightlyRatePence / 100, 2);
    }
}
