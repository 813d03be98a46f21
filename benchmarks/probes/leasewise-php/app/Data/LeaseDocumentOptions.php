<?php

namespace App\Data;

final class LeaseDocumentOptions
{
    public function __construct(
        public readonly string $title,
        public readonly string $orientation = 'Portrait',
        public readonly bool $includeAddenda = false,
    ) {}

    public static function fromValidated(array $data): self
    {
        return new self(
            title: trim((string) $data['title']),
            orientation: $data['orientation'] ?? 'Portrait',
            includeAddenda: (bool) ($data['include_addenda'] ?? false),
        );
    }
}
