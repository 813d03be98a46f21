<?php

namespace App\Entity;

use App\Repository\DonorRepository;
use Doctrine\ORM\Mapping as ORM;

#[ORM\Entity(repositoryClass: DonorRepository::class)]
#[ORM\Table(name: 'donor')]
class Donor
{
    #[ORM\Id]
    #[ORM\GeneratedValue]
    #[ORM\Column]
    private ?int $id = null;

    #[ORM\Column(length: 190, unique: true)]
    private string $email;

    #[ORM\Column(length: 20, nullable: true)]
    private ?string $title = null;

    #[ORM\Column(length: 100)]
    private string $firstName;

    #[ORM\Column(length: 100)]
    private string $lastName;

    #[ORM\Column(length: 200, nullable: true)]
    private ?string $addressLine1 = null;

    #[ORM\Column(length: 10, nullable: true)]
    private ?string $postcode = null;

    #[ORM\Column]
    private bool $giftAidDeclared = false;

    #[ORM\Column(nullable: true)]
    private ?\DateTimeImmutable $giftAidDeclaredAt = null;

    #[ORM\Column]
    private \DateTimeImmutable $createdAt;

    public function __construct(string $email, string $firstName, string $lastName)
    {
        $this->email = mb_strtolower(trim($email));
        $this->firstName = $firstName;
        $this->lastName = $lastName;
        $this->createdAt = new \DateTimeImmutable();
    }

    public function getId(): ?int
    {
        return $this->id;
    }

    public function getEmail(): string
    {
        return $this->email;
    }

    public function getTitle(): ?string
    {
        return $this->title;
    }

    public function setTitle(?string $title): void
    {
        $this->title = $title;
    }

    public function getFirstName(): string
    {
        return $this->firstName;
    }

    public function getLastName(): string
    {
        return $this->lastName;
    }

    public function getFullName(): string
    {
        return trim($this->firstName . ' ' . $this->lastName);
    }

    public function getAddressLine1(): ?string
    {
        return $this->addressLine1;
    }

    public function setAddress(?string $addressLine1, ?string $postcode): void
    {
        $this->addressLine1 = $addressLine1;
        $this->postcode = $postcode !== null ? strtoupper(trim($postcode)) : null;
    }

    public function getPostcode(): ?string
    {
        return $this->postcode;
    }

    public function hasGiftAidDeclaration(): bool
    {
        return $this->giftAidDeclared;
    }

    public function declareGiftAid(): void
    {
        $this->giftAidDeclared = true;
        $this->giftAidDeclaredAt = new \DateTimeImmutable();
    }

    public function getGiftAidDeclaredAt(): ?\DateTimeImmutable
    {
        return $this->giftAidDeclaredAt;
    }

    public function toSalutationContext(): array
    {
        return [
            'title' => $this->title,
            'firstName' => $this->firstName,
            'lastName' => $this->lastName,
        ];
    }
}
