<?php

declare(strict_types=1);

namespace Ashgrove\Dto;

use DateTimeImmutable;
use InvalidArgumentException;

/**
 * A hire request as submitted from the public booking form.
 */
final class BookingRequest
{
    public function __construct(
        public readonly int $roomId,
        public readonly int $memberId,
        public readonly string $title,
        public readonly string $notes,
        public readonly DateTimeImmutable $startsAt,
        public readonly DateTimeImmutable $endsAt,
        public readonly int $attendees,
    ) {
    }

    public static function fromForm(array $post, int $memberId): self
    {
        $start = DateTimeImmutable::createFromFormat('Y-m-d H:i', ($post['date'] ?? '') . ' ' . ($post['start'] ?? ''));
        $end = DateTimeImmutable::createFromFormat('Y-m-d H:i', ($post['date'] ?? '') . ' ' . ($post['end'] ?? ''));

        if ($start === false || $end === false || $end <= $start) {
            throw new InvalidArgumentException('Please choose a valid date and time range.');
        }

        $title = trim((string) ($post['title'] ?? ''));
        if ($title === '' || mb_strlen($title) > 120) {
            throw new InvalidArgumentException('Please give your event a title of up to 120 characters.');
        }

        return new self(
            (int) ($post['room_id'] ?? 0),
            $memberId,
            $title,
            trim((string) ($post['notes'] ?? '')),
            $start,
            $end,
            max(1, (int) ($post['attendees'] ?? 1)),
        );
    }

    public function hours(): float
    {
        return ($this->endsAt->getTimestamp() - $this->startsAt->getTimestamp()) / 3600;
    }
}
