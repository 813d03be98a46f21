<?php

namespace App\Entity;

use Doctrine\ORM\Mapping as ORM;

#[ORM\Entity]
#[ORM\Table(name: 'recurring_gift')]
#[ORM\Index(columns: ['active', 'next_charge_at'])]
class RecurringGift
{
    public const INTERVAL_MONTHLY = 'monthly';
    public const INTERVAL_QUARTERLY = 'quarterly';
    public const INTERVAL_YEARLY = 'yearly';

    #[ORM\Id]
    #[ORM\GeneratedValue]
    #[ORM\Column]
    private ?int $id = null;

    #[ORM\ManyToOne(targetEntity: Donor::class)]
    #[ORM\JoinColumn(nullable: false)]
    private Donor $donor;

    #[ORM\ManyToOne(targetEntity: Campaign::class)]
    #[ORM\JoinColumn(nullable: false)]
    private Campaign $campaign;

    #[ORM\Column]
    private int $amountMinor;

    #[ORM\Column(length: 3)]
    private string $currency = 'GBP';

    #[ORM\Column(length: 16)]
    private string $interval = self::INTERVAL_MONTHLY;

    #[ORM\Column(length: 64)]
    private string $mandateId;

    #[ORM\Column]
    private \DateTimeImmutable $nextChargeAt;

    #[ORM\Column]
    private bool $active = true;

    #[ORM\Column]
    private int $failedAttempts = 0;

    public function __construct(Donor $donor, Campaign $campaign, int $amountMinor, string $mandateId, \DateTimeImmutable $firstCharge)
    {
        $this->donor = $donor;
        $this->campaign = $campaign;
        $this->amountMinor = $amountMinor;
        $this->mandateId = $mandateId;
        $this->nextChargeAt = $firstCharge;
    }

    public function getId(): ?int
    {
        return $this->id;
    }

    public function getDonor(): Donor
    {
        return $this->donor;
    }

    public function getCampaign(): Campaign
    {
        return $this->campaign;
    }

    public function getAmountMinor(): int
    {
        return $this->amountMinor;
    }

    public function getCurrency(): string
    {
        return $this->currency;
    }

    public function getMandateId(): string
    {
        return $this->mandateId;
    }

    public function getNextChargeAt(): \DateTimeImmutable
    {
        return $this->nextChargeAt;
    }

    public function isActive(): bool
    {
        return $this->active;
    }

    public function recordSuccess(): void
    {
        $this->failedAttempts = 0;
        $this->nextChargeAt = match ($this->interval) {
            self::INTERVAL_QUARTERLY => $this->nextChargeAt->modify('+3 months'),
            self::INTERVAL_YEARLY => $this->nextChargeAt->modify('+1 year'),
            default => $this->nextChargeAt->modify('+1 month'),
        };
    }

    public function recordFailure(): void
    {
        ++$this->failedAttempts;
        if ($this->failedAttempts >= 3) {
            $this->active = false;
        } else {
            $this->nextChargeAt = $this->nextChargeAt->modify('+3 days');
        }
    }
}
