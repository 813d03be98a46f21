<?php

namespace App\Entity;

use App\Repository\DonationRepository;
use Doctrine\DBAL\Types\Types;
use Doctrine\ORM\Mapping as ORM;

#[ORM\Entity(repositoryClass: DonationRepository::class)]
#[ORM\Table(name: 'donation')]
#[ORM\Index(columns: ['status', 'created_at'])]
class Donation
{
    public const STATUS_PENDING = 'pending';
    public const STATUS_COMPLETED = 'completed';
    public const STATUS_REFUNDED = 'refunded';
    public const STATUS_FAILED = 'failed';

    public const CHANNEL_WEB = 'web';
    public const CHANNEL_WIDGET = 'widget';
    public const CHANNEL_IMPORT = 'import';
    public const CHANNEL_RECURRING = 'recurring';

    #[ORM\Id]
    #[ORM\GeneratedValue]
    #[ORM\Column]
    private ?int $id = null;

    #[ORM\ManyToOne(targetEntity: Campaign::class)]
    #[ORM\JoinColumn(nullable: false)]
    private Campaign $campaign;

    #[ORM\ManyToOne(targetEntity: Donor::class)]
    private ?Donor $donor = null;

    #[ORM\ManyToOne(targetEntity: Fundraiser::class)]
    private ?Fundraiser $fundraiser = null;

    #[ORM\Column]
    private int $amountMinor;

    #[ORM\Column(length: 3)]
    private string $currency;

    #[ORM\Column(length: 16)]
    private string $status = self::STATUS_PENDING;

    #[ORM\Column(length: 16)]
    private string $channel = self::CHANNEL_WEB;

    #[ORM\Column(type: Types::TEXT, nullable: true)]
    private ?string $message = null;

    #[ORM\Column]
    private bool $giftAid = false;

    #[ORM\Column]
    private bool $anonymous = false;

    #[ORM\Column(length: 64, nullable: true)]
    private ?string $providerRef = null;

    #[ORM\Column(length: 255, nullable: true)]
    private ?string $receiptFile = null;

    #[ORM\Column]
    private \DateTimeImmutable $createdAt;

    public function __construct(Campaign $campaign, int $amountMinor, string $currency)
    {
        $this->campaign = $campaign;
        $this->amountMinor = $amountMinor;
        $this->currency = $currency;
        $this->createdAt = new \DateTimeImmutable();
    }

    public function getId(): ?int
    {
        return $this->id;
    }

    public function getCampaign(): Campaign
    {
        return $this->campaign;
    }

    public function getDonor(): ?Donor
    {
        return $this->donor;
    }

    public function setDonor(?Donor $donor): void
    {
        $this->donor = $donor;
    }

    public function getFundraiser(): ?Fundraiser
    {
        return $this->fundraiser;
    }

    public function setFundraiser(?Fundraiser $fundraiser): void
    {
        $this->fundraiser = $fundraiser;
    }

    public function getAmountMinor(): int
    {
        return $this->amountMinor;
    }

    public function getCurrency(): string
    {
        return $this->currency;
    }

    public function getStatus(): string
    {
        return $this->status;
    }

    public function markCompleted(string $providerRef): void
    {
        $this->status = self::STATUS_COMPLETED;
        $this->providerRef = $providerRef;
    }

    public function markFailed(): void
    {
        $this->status = self::STATUS_FAILED;
    }

    public function getChannel(): string
    {
        return $this->channel;
    }

    public function setChannel(string $channel): void
    {
        $this->channel = $channel;
    }

    public function getMessage(): ?string
    {
        return $this->message;
    }

    public function setMessage(?string $message): void
    {
        $this->message = $message;
    }

    public function isGiftAid(): bool
    {
        return $this->giftAid;
    }

    public function setGiftAid(bool $giftAid): void
    {
        $this->giftAid = $giftAid;
    }

    public function isAnonymous(): bool
    {
        return $this->anonymous;
    }

    public function setAnonymous(bool $anonymous): void
    {
        $this->anonymous = $anonymous;
    }

    public function getProviderRef(): ?string
    {
        return $this->providerRef;
    }

    public function getReceiptFile(): ?string
    {
        return $this->receiptFile;
    }

    public function setReceiptFile(?string $receiptFile): void
    {
        $this->receiptFile = $receiptFile;
    }

    public function getCreatedAt(): \DateTimeImmutable
    {
        return $this->createdAt;
    }

    public function getGiftAidValueMinor(): int
    {
        // Basic-rate reclaim: 25p for every £1 donated.
        return $this->giftAid ? intdiv($this->amountMinor, 4) : 0;
    }
}
