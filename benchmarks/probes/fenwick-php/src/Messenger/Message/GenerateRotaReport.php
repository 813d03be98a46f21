<?php

declare(strict_types=1);

namespace Fenwick\Messenger\Message;

final class GenerateRotaReport
{
    public function __construct(
        public readonly string $area,
        public readonly string $from,
        public readonly string $to,
        public readonly string $requestedBy,
    ) {
    }
}
