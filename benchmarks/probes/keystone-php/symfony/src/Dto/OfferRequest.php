<?php

namespace App\Dto;

use Symfony\Component\Validator\Constraints as Assert;

final class OfferRequest
{
    public function __construct(
        #[Assert\Positive]
        public readonly int $listingId,
        #[Assert\NotBlank]
        public readonly string $buyerName,
        #[Assert\NotBlank]
        public readonly string $buyerEmail,
        #[Assert\Positive]
        public readonly int $amount,
        public readonly ?string $conditions = null,
    ) {}
}
