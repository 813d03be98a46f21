<?php

declare(strict_types=1);

namespace App\Entity;

use App\Repository\MemberRepository;
use Doctrine\DBAL\Types\Types;
use Doctrine\ORM\Mapping as ORM;
use Symfony\Component\Security\Core\User\PasswordAuthenticatedUserInterface;
use Symfony\Component\Security\Core\User\UserInterface;

#[ORM\Entity(repositoryClass: MemberRepository::class)]
#[ORM\Table(name: 'member')]
class Member implements UserInterface, PasswordAuthenticatedUserInterface
{
    #[ORM\Id]
    #[ORM\GeneratedValue]
    #[ORM\Column]
    private ?int $id = null;

    #[ORM\Column(length: 180, unique: true)]
    private string $email = '';

    #[ORM\Column(length: 120)]
    private string $displayName = '';

    #[ORM\Column(length: 120, nullable: true)]
    private ?string $company = null;

    #[ORM\Column(type: Types::SMALLINT)]
    private int $homeFloor = 1;

    #[ORM\Column(type: Types::TEXT, nullable: true)]
    private ?string $bio = null;

    #[ORM\Column(length: 500, nullable: true)]
    private ?string $webhookUrl = null;

    #[ORM\Column]
    private string $password = '';

    #[ORM\Column(length: 64, nullable: true)]
    private ?string $kioskHash = null;

    #[ORM\Column(length: 16, nullable: true)]
    private ?string $guestPin = null;

    #[ORM\Column(length: 8, nullable: true)]
    private ?string $doorPin = null;

    #[ORM\Column]
    private bool $directoryVisible = true;

    /** @var list<string> */
    #[ORM\Column(type: Types::JSON)]
    private array $roles = [];

    public function getId(): ?int
    {
        return $this->id;
    }

    public function getEmail(): string
    {
        return $this->email;
    }

    public function setEmail(string $email): void
    {
        $this->email = $email;
    }

    public function getDisplayName(): string
    {
        return $this->displayName;
    }

    public function setDisplayName(string $displayName): void
    {
        $this->displayName = $displayName;
    }

    public function getCompany(): ?string
    {
        return $this->company;
    }

    public function setCompany(?string $company): void
    {
        $this->company = $company;
    }

    public function getHomeFloor(): int
    {
        return $this->homeFloor;
    }

    public function setHomeFloor(int $homeFloor): void
    {
        $this->homeFloor = $homeFloor;
    }

    public function getBio(): ?string
    {
        return $this->bio;
    }

    public function setBio(?string $bio): void
    {
        $this->bio = $bio;
    }

    public function getWebhookUrl(): ?string
    {
        return $this->webhookUrl;
    }

    public function setWebhookUrl(?string $webhookUrl): void
    {
        $this->webhookUrl = $webhookUrl;
    }

    public function getPassword(): string
    {
        return $this->password;
    }

    public function setPassword(string $password): void
    {
        $this->password = $password;
    }

    public function getKioskHash(): ?string
    {
        return $this->kioskHash;
    }

    public function setKioskHash(?string $kioskHash): void
    {
        $this->kioskHash = $kioskHash;
    }

    public function getGuestPin(): ?string
    {
        return $this->guestPin;
    }

    public function setGuestPin(?string $guestPin): void
    {
        $this->guestPin = $guestPin;
    }

    public function getDoorPin(): ?string
    {
        return $this->doorPin;
    }

    public function setDoorPin(?string $doorPin): void
    {
        $this->doorPin = $doorPin;
    }

    public function isDirectoryVisible(): bool
    {
        return $this->directoryVisible;
    }

    public function setDirectoryVisible(bool $directoryVisible): void
    {
        $this->directoryVisible = $directoryVisible;
    }

    public function getUserIdentifier(): string
    {
        return $this->email;
    }

    /** @return list<string> */
    public function getRoles(): array
    {
        $roles = $this->roles;
        $roles[] = 'ROLE_MEMBER';

        return array_values(array_unique($roles));
    }

    /** @param list<string> $roles */
    public function setRoles(array $roles): void
    {
        $this->roles = $roles;
    }

    public function eraseCredentials(): void
    {
    }
}
