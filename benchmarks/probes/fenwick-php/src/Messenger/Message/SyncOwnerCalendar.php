<?php

declare(strict_types=1);

namespace Fenwick\Messenger\Message;

final class SyncOwnerCalendar
{
    public function __construct(
        public readonly int $cottageId,
        public readonly int $requestedByOwnerId,
    ) {
    }
}
