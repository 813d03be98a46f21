<?php

declare(strict_types=1);

namespace Tidemill\Domain;

use DateTimeImmutable;

final class Boat
{
    public function __construct(
        public readonly int $id,
        public readonly string $name,
        public readonly string $boatClass,
        public readonly string $sailNumber,
        public readonly int $crew,
        public readonly int $hourlyRatePence,
        public readonly string $status,
        public readonly ?string $photo = null,
        public readonly ?string $conditionNotes = null,
    ) {
    }

    public static function fromRow(array $row): self
    {
        return new self(
            (int) $row['id'],
            (string) $row['name'],
            (string) $row['boat_class'],
            (string) $row['sail_number'],
            (int) $row['crew'],
            (int) $row['hourly_rate_pence'],
            (string) $row['status'],
            $row['photo'] ?? null,
            $row['condition_notes'] ?? null,
        );
    }

    public function isHireable(): bool
    {
        return $this->status === 'available';
    }

    public function hourlyRate(): string
    {
        return number_format($this->hourlyRatePence / 100, 2);
    }
}

/**
 * Filter options from the public fleet page.
 */
final class BoatSearchCriteria
{
    public function __construct(
        public readonly string $text = '',
        public readonly ?string $boatClass = null,
        public readonly ?int $minCrew = null,
        public readonly string $sort = 'name',
        public readonly string $direction = 'ASC',
        public readonly int $page = 1,
    ) {
    }

    public static function fromQuery(array $query): self
    {
        $direction = strtoupper((string) ($query['dir'] ?? 'ASC')) === 'DESC' ? 'DESC' : 'ASC';

        return new self(
            trim((string) ($query['q'] ?? '')),
            isset($query['class']) && $query['class'] !== '' ? (string) $query['class'] : null,
            isset($query['crew']) ? max(1, (int) $query['crew']) : null,
            (string) ($query['sort'] ?? 'name'),
            $direction,
            max(1, (int) ($query['page'] ?? 1)),
        );
    }

    public function offset(int $perPage): int
    {
        return ($this->page - 1) * $perPage;
    }
}

final class HireBooking
{
    public const STATUSES = ['pending', 'confirmed', 'on_water', 'returned', 'cancelled'];

    public function __construct(
        public readonly ?int $id,
        public readonly string $reference,
        public readonly int $boatId,
        public readonly int $memberId,
        public readonly DateTimeImmutable $startsAt,
        public readonly DateTimeImmutable $endsAt,
        public readonly string $status = 'pending',
        public readonly int $totalPence = 0,
    ) {
    }

    public static function fromRow(array $row): self
    {
        return new self(
            (int) $row['id'],
            (string) $row['reference'],
            (int) $row['boat_id'],
            (int) $row['member_id'],
            new DateTimeImmutable((string) $row['starts_at']),
            new DateTimeImmutable((string) $row['ends_at']),
            (string) $row['status'],
            (int) $row['total_pence'],
        );
    }

    public function hours(): float
    {
        return ($this->endsAt->getTimestamp() - $this->startsAt->getTimestamp()) / 3600;
    }
}

final class Member
{
    public function __construct(
        public readonly int $id,
        public readonly string $membershipNo,
        public readonly string $firstName,
        public readonly string $surname,
        public readonly string $email,
        public readonly string $category,
        public readonly ?string $preferredClass = null,
        public readonly ?string $website = null,
        public readonly ?string $bio = null,
        public readonly ?string $webhookUrl = null,
        public readonly array $roles = ['member'],
    ) {
    }

    public static function fromRow(array $row): self
    {
        return new self(
            (int) $row['id'],
            (string) $row['membership_no'],
            (string) $row['first_name'],
            (string) $row['surname'],
            (string) $row['email'],
            (string) $row['category'],
            $row['preferred_class'] ?? null,
            $row['website'] ?? null,
            $row['bio'] ?? null,
            $row['webhook_url'] ?? null,
            isset($row['roles']) ? explode(',', (string) $row['roles']) : ['member'],
        );
    }

    public function fullName(): string
    {
        return $this->firstName . ' ' . $this->surname;
    }

    public function hasRole(string $role): bool
    {
        return in_array($role, $this->roles, true);
    }

    public function isJunior(): bool
    {
        return $this->category === 'junior';
    }
}

/**
 * Fields a member may change on their own profile page.
 */
final class ProfileUpdate
{
    public function __construct(
        public readonly string $firstName,
        public readonly string $surname,
        public readonly ?string $preferredClass,
        public readonly ?string $website,
        public readonly ?string $bio,
        public readonly ?string $webhookUrl,
    ) {
    }

    public static function fromForm(array $form): self
    {
        $opt = static fn (string $k): ?string => isset($form[$k]) && trim((string) $form[$k]) !== '' ? trim((string) $form[$k]) : null;

        return new self(
            trim((string) ($form['first_name'] ?? '')),
            trim((string) ($form['surname'] ?? '')),
            $opt('preferred_class'),
            $opt('website'),
            $opt('bio'),
            $opt('webhook_url'),
        );
    }

    public function errors(): array
    {
        $errors = [];
        if ($this->firstName === '' || mb_strlen($this->firstName) > 60) {
            $errors['first_name'] = 'Please enter your first name.';
        }
        if ($this->surname === '' || mb_strlen($this->surname) > 80) {
            $errors['surname'] = 'Please enter your surname.';
        }
        if ($this->website !== null && filter_var($this->website, FILTER_VALIDATE_URL) === false) {
            $errors['website'] = 'That does not look like a web address.';
        }
        if ($this->bio !== null && mb_strlen($this->bio) > 2000) {
            $errors['bio'] = 'Please keep your bio under 2000 characters.';
        }

        return $errors;
    }
}

final class RaceEntry
{
    public function __construct(
        public readonly string $helm,
        public readonly ?string $crew,
        public readonly string $boatClass,
        public readonly string $sailNumber,
        public readonly int $portsmouthYardstick,
        public readonly ?int $elapsedSeconds,
        public readonly ?int $laps,
        public readonly ?string $code = null,
    ) {
    }

    public function finished(): bool
    {
        return $this->code === null && $this->elapsedSeconds !== null;
    }

    /**
     * Normalise a sail number as printed on entry forms ("GBR 12345", "gbr12345").
     * Returns null for anything that is not a plausible sail number.
     */
    public static function normaliseSailNumber(string $raw): ?string
    {
        $candidate = strtoupper(str_replace([' ', '-'], '', $raw));
        if (preg_match('/^[A-Z]{0,3}[0-9]{1,6}$/D', $candidate) !== 1) {
            return null;
        }

        return $candidate;
    }
}
