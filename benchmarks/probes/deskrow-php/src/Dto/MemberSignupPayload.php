<?php

declare(strict_types=1);

namespace App\Dto;

use Symfony\Component\Validator\Constraints as Assert;

final class MemberSignupPayload
{
    public function __construct(
        #[Assert\NotBlank]
        #[Assert\Email]
        public readonly string $email,
        #[Assert\NotBlank]
        #[Assert\Length(min: 10, max: 4096)]
        public readonly string $password,
        #[Assert\NotBlank]
        #[Assert\Length(max: 120)]
        public readonly string $displayName,
        #[Assert\Length(max: 120)]
        public readonly ?string $company = null,
        #[Assert\Range(min: 1, max: 12)]
        public readonly int $homeFloor = 1,
    ) {
    }
}
