<?php

declare(strict_types=1);

namespace Lanternhill\Messenger;

/**
 * Ask the worker to render the printable programme for a production.
 */
final class RenderProgramMessage
{
	public function __construct(
		public readonly int $productionId,
		public readonly string $paperSize,
		public readonly int $copies,
		public readonly int $requestedBy,
	) {
	}
}
