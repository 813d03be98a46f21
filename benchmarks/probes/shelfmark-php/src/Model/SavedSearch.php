<?php

namespace App\Model;

final class SavedSearch
{
    public function __construct(
        public string $query,
        public array $facets = [],
        public string $branch = 'central',
        public ?\DateTimeImmutable $savedAt = null,
    ) {}

    public function toQueryString(): string
    {
        return http_build_query(['q' => $this->query, 'branch' => $this->branch] + $this->facets);
    }
}
