<?php

namespace App\Entity;

use Doctrine\DBAL\Types\Types;
use Doctrine\ORM\Mapping as ORM;

#[ORM\Entity]
#[ORM\Table(name: 'fundraiser')]
class Fundraiser
{
    #[ORM\Id]
    #[ORM\GeneratedValue]
    #[ORM\Column]
    private ?int $id = null;

    #[ORM\ManyToOne(targetEntity: Campaign::class)]
    #[ORM\JoinColumn(nullable: false)]
    private Campaign $campaign;

    #[ORM\Column(length: 120, unique: true)]
    private string $slug;

    #[ORM\Column(length: 120)]
    private string $displayName;

    #[ORM\Column(length: 190)]
    private string $email;

    #[ORM\Column(type: Types::TEXT, nullable: true)]
    private ?string $story = null;

    #[ORM\Column(length: 500, nullable: true)]
    private ?string $websiteUrl = null;

    #[ORM\Column(length: 255, nullable: true)]
    private ?string $avatarPath = null;

    #[ORM\Column]
    private int $targetMinor = 0;

    #[ORM\Column]
    private \DateTimeImmutable $createdAt;

    public function __construct(Campaign $campaign, string $slug, string $displayName, string $email)
    {
        $this->campaign = $campaign;
        $this->slug = $slug;
        $this->displayName = $displayName;
        $this->email = $email;
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

    public function getSlug(): string
    {
        return $this->slug;
    }

    public function getDisplayName(): string
    {
        return $this->displayName;
    }

    public function getEmail(): string
    {
        return $this->email;
    }

    public function getStory(): ?string
    {
        return $this->story;
    }

    public function setStory(?string $story): void
    {
        $this->story = $story;
    }

    public function getWebsiteUrl(): ?string
    {
        return $this->websiteUrl;
    }

    public function setWebsiteUrl(?string $websiteUrl): void
    {
        $this->websiteUrl = $websiteUrl;
    }

    public function getAvatarPath(): ?string
    {
        return $this->avatarPath;
    }

    public function setAvatarPath(?string $avatarPath): void
    {
        $this->avatarPath = $avatarPath;
    }

    public function getTargetMinor(): int
    {
        return $this->targetMinor;
    }

    public function setTargetMinor(int $targetMinor): void
    {
        $this->targetMinor = $targetMinor;
    }
}
