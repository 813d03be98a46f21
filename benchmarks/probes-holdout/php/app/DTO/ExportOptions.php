<?php

namespace App\DTO;

final class ExportOptions
{
    public function __construct(
        public readonly int $showId,
        public readonly string $fileName,
        public readonly string $sort = 'placing',
        public readonly string $direction = 'asc',
        public readonly bool $includeCritiques = false,
    ) {
    }

    public static function fromQuery(int $showId, array $query): self
    {
        $name = $query['filename'] ?? ('results-' . $showId . '-' . date('Ymd') . '.csv');

        return new self(
            showId: $showId,
            fileName: $name,
            sort: $query['sort'] ?? 'placing',
            direction: $query['dir'] ?? 'asc',
            includeCritiques: filter_var($query['critiques'] ?? false, FILTER_VALIDATE_BOOLEAN),
        );
    }
}
