<?php

declare(strict_types=1);

namespace Tidemill\Message;

final class GenerateHireInvoice
{
    public function __construct(public readonly int $bookingId)
    {
    }
}

final class NotifyHireWebhook
{
    public function __construct(
        public readonly int $memberId,
        public readonly int $bookingId,
    ) {
    }
}

/**
 * Queued when a race officer pastes the published results link of an open
 * meeting hosted elsewhere.
 */
final class FetchRemoteResults
{
    public function __construct(
        public readonly int $seriesId,
        public readonly string $url,
        public readonly int $requestedBy,
        public readonly ?string $announceTo = null,
    ) {
    }
}
