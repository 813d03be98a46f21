<?php

declare(strict_types=1);

namespace Lanternhill\Model\Dto;

/**
 * Requested thumbnail for a costume photo. Width is used for the cache key,
 * size is passed to the image tool as geometry (e.g. "320x240").
 */
final class ThumbnailRequest
{
	public function __construct(
		public readonly int $costumeId,
		public readonly string $photo,
		public readonly string $width,
		public readonly string $size,
	) {
	}

	public function cacheName(): string
	{
		return sprintf('%d-%s-%s.jpg', $this->costumeId, pathinfo($this->photo, PATHINFO_FILENAME), $this->width);
	}
}
