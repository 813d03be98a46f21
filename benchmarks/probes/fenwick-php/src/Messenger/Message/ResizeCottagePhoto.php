<?php

declare(strict_types=1);

namespace Fenwick\Messenger\Message;

final class ResizeCottagePhoto
{
    public function __construct(
        public readonly int $cottageId,
        public readonly string $originalPath,
        public readonly string $geometry = '1600x1200>',
        public readonly string $thumbnailSize = '400x400',
    ) {
    }
}
