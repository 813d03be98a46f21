<?php

namespace App\Entity;

use App\Repository\CampaignRepository;
use Doctrine\DBAL\Types\Types;
use Doctrine\ORM\Mapping as ORM;

#[ORM\Entity(repositoryClass: CampaignRepository::class)]
#[ORM\Table(name: 'campaign')]
#[ORM\Index(columns: ['status', 'ends_at'])]
class Campaign
{
    public const STATUS_DRAFT = 'draft';
    public const STATUS_LIVE = 'live';
    public const STATUS_CLOSED = 'closed';

    #[ORM\Id]
    #[ORM\GeneratedValue]
    #[ORM\Column]
    private ?int $id = null;

    #[ORM\Column(length: 120, unique: true)]
    private string $slug;

    #[ORM\Column(length: 200)]
    private string $title;

    #[ORM\Column(type: Types::TEXT, nullable: true)]
    private ?string $summaryHtml = null;

    #[ORM\Column]
    private int $goalMinor = 0;

    #[ORM\Column]
    private int $raisedMinor = 0;

    #[ORM\Column(length: 3)]
    private string $currency = 'GBP';

    #[ORM\Column(length: 16)]
    private string $status = self::STATUS_DRAFT;

    #[ORM\Column(length: 255, nullable: true)]
    private ?string $bannerPath = null;

    #[ORM\Column]
    private \DateTimeImmutable $createdAt;

    #[ORM\Column(nullable: true)]
    private ?\DateTimeImmutable $endsAt = null;

    public function __construct(string $slug, string $title)
    {
        $this->slug = $slug;
        $this->title = $title;
        $this->createdAt = new \DateTimeImmutable();
    }

    public function getId(): ?int
    {
        return $this->id;
    }

    public function getSlug(): string
    {
        return $this->slug;
    }

    public function getTitle(): string
    {
        return $this->title;
    }

    public function setTitle(string $title): void
    {
        $this->title = $title;
    }

    public function getSummaryHtml(): ?string
    {
        return $this->summaryHtml;
    }

    public function setSummaryHtml(?string $summaryHtml): void
    {
        $this->summaryHtml = $summaryHtml;
    }

    public function getGoalMinor(): int
    {
        return $this->goalMinor;
    }

    public function setGoalMinor(int $goalMinor): void
    {
        $this->goalMinor = max(0, $goalMinor);
    }

    public function getRaisedMinor(): int
    {
        return $this->raisedMinor;
    }

    public function addRaised(int $amountMinor): void
    {
        $this->raisedMinor += $amountMinor;
    }

    public function getProgressPercent(): int
    {
        if ($this->goalMinor === 0) {
            return 0;
        }

        return (int) min(100, floor($this->raisedMinor * 100 / $this->goalMinor));
    }

    public function getCurrency(): string
    {
        return $this->currency;
    }

    public function getStatus(): string
    {
        return $this->status;
    }

    public function setStatus(string $status): void
    {
        $this->status = $status;
    }

    public function isLive(): bool
    {
        return $this->status === self::STATUS_LIVE
            && ($this->endsAt === null || $this->endsAt > new \DateTimeImmutable());
    }

    public function getBannerPath(): ?string
    {
        return $this->bannerPath;
    }

    public function setBannerPath(?string $bannerPath): void
    {
        $this->bannerPath = $bannerPath;
    }

    public function getCreatedAt(): \DateTimeImmutable
    {
        return $this->createdAt;
    }

    public function getEndsAt(): ?\DateTimeImmutable
    {
        return $this->endsAt;
    }

    public function setEndsAt(?\DateTimeImmutable $endsAt): void
    {
        $this->endsAt = $endsAt;
    }
}
