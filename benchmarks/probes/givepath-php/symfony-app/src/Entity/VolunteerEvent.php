<?php

namespace App\Entity;

use Doctrine\DBAL\Types\Types;
use Doctrine\ORM\Mapping as ORM;

#[ORM\Entity]
#[ORM\Table(name: 'volunteer_event')]
class VolunteerEvent
{
    #[ORM\Id]
    #[ORM\GeneratedValue]
    #[ORM\Column]
    private ?int $id = null;

    #[ORM\Column(length: 200)]
    private string $title;

    #[ORM\Column(length: 200)]
    private string $location;

    #[ORM\Column]
    private \DateTimeImmutable $startsAt;

    #[ORM\Column]
    private int $capacity;

    /** @var list<string> */
    #[ORM\Column(type: Types::JSON)]
    private array $signups = [];

    /** @var list<string> */
    #[ORM\Column(type: Types::JSON)]
    private array $checkedIn = [];

    public function __construct(string $title, string $location, \DateTimeImmutable $startsAt, int $capacity)
    {
        $this->title = $title;
        $this->location = $location;
        $this->startsAt = $startsAt;
        $this->capacity = $capacity;
    }

    public function getId(): ?int
    {
        return $this->id;
    }

    public function getTitle(): string
    {
        return $this->title;
    }

    public function getLocation(): string
    {
        return $this->location;
    }

    public function getStartsAt(): \DateTimeImmutable
    {
        return $this->startsAt;
    }

    public function getCapacity(): int
    {
        return $this->capacity;
    }

    public function hasSpace(): bool
    {
        return count($this->signups) < $this->capacity;
    }

    public function signUp(string $email): bool
    {
        $email = mb_strtolower($email);
        if (in_array($email, $this->signups, true) || !$this->hasSpace()) {
            return false;
        }
        $this->signups[] = $email;

        return true;
    }

    public function checkIn(string $email): void
    {
        $email = mb_strtolower($email);
        if (!in_array($email, $this->checkedIn, true)) {
            $this->checkedIn[] = $email;
        }
    }

    public function getSignups(): array
    {
        return $this->signups;
    }

    public function getCheckedIn(): array
    {
        return $this->checkedIn;
    }
}
