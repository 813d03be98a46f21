<?php

namespace App\Dto;

use Symfony\Component\HttpFoundation\Request;

final class ReportFilter
{
    public function __construct(
        public readonly \DateTimeImmutable $from,
        public readonly \DateTimeImmutable $to,
        public readonly string $channel,
        public readonly string $status,
    ) {
    }

    public static function fromRequest(Request $request): self
    {
        $from = \DateTimeImmutable::createFromFormat('!Y-m-d', $request->query->getString('from'))
            ?: new \DateTimeImmutable('first day of this month midnight');
        $to = \DateTimeImmutable::createFromFormat('!Y-m-d', $request->query->getString('to'))
            ?: new \DateTimeImmutable('tomorrow');

        return new self(
            $from,
            $to,
            $request->query->getString('channel', 'web'),
            $request->query->getString('status', 'completed'),
        );
    }
}
