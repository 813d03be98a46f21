<?php

namespace App\Message;

final class GenerateReceipt
{
    public function __construct(
        public readonly int $donationId,
        public readonly string $paperSize = 'A4',
        public readonly string $locale = 'en',
    ) {
    }
}
