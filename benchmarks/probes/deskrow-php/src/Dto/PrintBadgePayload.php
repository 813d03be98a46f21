<?php

declare(strict_types=1);

namespace App\Dto;

use Symfony\Component\Validator\Constraints as Assert;

final class PrintBadgePayload
{
    public function __construct(
        #[Assert\Length(max: 80)]
        public readonly string $displayName = '',
        #[Assert\NotBlank]
        #[Assert\Length(max: 60)]
        public readonly string $title = 'Member',
        #[Assert\NotBlank]
        public readonly string $printer = 'lobby',
    ) {
    }
}
