<?php

declare(strict_types=1);

namespace Lanternhill\Messenger;

/**
 * A wardrobe volunteer uploaded a zip of photos / measurement sheets for a
 * costume. The web tier only stores the archive; the worker unpacks it.
 */
final class ImportCostumeBundleMessage
{
	public function __construct(
		public readonly int $costumeId,
		public readonly string $archivePath,
		public readonly string $kind,
		public readonly int $uploadedBy,
	) {
	}
}
