<?php

namespace App\Dto;

use Symfony\Component\Validator\Constraints as Assert;

final class FeedImportRequest
{
    public function __construct(
        #[Assert\NotBlank]
        public readonly string $feedUrl,
        #[Assert\Positive]
        public readonly int $agentId,
    ) {}
}
