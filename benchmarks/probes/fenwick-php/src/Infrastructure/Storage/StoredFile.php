<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Storage;

final class StoredFile
{
    public function __construct(
        public readonly string $filename,
        public readonly string $contents,
        public readonly string $mimeType,
    ) {
    }

    public static function fromPath(string $path, string $contents): self
    {
        $mime = match (strtolower(pathinfo($path, PATHINFO_EXTENSION))) {
            'pdf' => 'application/pdf',
            'jpg', 'jpeg' => 'image/jpeg',
            'png' => 'image/png',
            'txt', 'md' => 'text/plain; charset=utf-8',
            default => 'application/octet-stream',
        };

        return new self(basename($path), $contents, $mime);
    }
}
