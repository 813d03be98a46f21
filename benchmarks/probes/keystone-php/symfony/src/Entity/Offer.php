<?php

namespace App\Entity;

use Doctrine\ORM\Mapping as ORM;

#[ORM\Entity]
#[ORM\Table(name: 'offer')]
class Offer
{
    public const STATUSES = ['pending', 'countered', 'accepted', 'rejected', 'withdrawn'];

    #[ORM\Id, ORM\GeneratedValue, ORM\Column]
    private ?int $id = null;

    #[ORM\Column(length: 20)]
    private string $status = 'pending';

    #[ORM\Column]
    private \DateTimeImmutable $createdAt;

    public function __construct(
        #[ORM\Column(name: 'listing_id')] private int $listing,
        #[ORM\Column(length: 160)] private string $buyerName,
        #[ORM\Column(length: 180)] private string $buyerEmail,
        #[ORM\Column] private int $amount,
        #[ORM\Column(type: 'text', nullable: true)] private ?string $conditions = null,
    ) {
        $this->createdAt = new \DateTimeImmutable();
    }

    public function getId(): ?int
    {
        return $this->id;
    }

    public function getStatus(): string
    {
        return $this->status;
    }
}
