<?php

declare(strict_types=1);

namespace Lanternhill\Messenger;

/**
 * Pull the shared-venue calendar for a partner so volunteer shifts do not
 * collide with load-ins at the partner's stage.
 */
final class SyncPartnerCalendarMessage
{
	public function __construct(
		public readonly int $partnerVenueId,
		public readonly \DateTimeImmutable $from,
		public readonly \DateTimeImmutable $until,
	) {
	}
}
