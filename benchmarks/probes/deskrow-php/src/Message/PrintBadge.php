<?php

declare(strict_types=1);

namespace App\Message;

/**
 * Routed to the "badges" transport; consumed by the worker next to the lobby printers.
 */
final class PrintBadge
{
    public function __construct(
        public readonly int $memberId,
        public readonly string $displayName,
        public readonly string $title,
        public readonly string $printer,
    ) {
    }
}
