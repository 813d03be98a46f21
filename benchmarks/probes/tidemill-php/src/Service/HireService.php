<?php

declare(strict_types=1);

namespace Tidemill\Service;

use DateTimeImmutable;
use DomainException;
use Symfony\Component\Messenger\MessageBusInterface;
use Tidemill\Domain\Boat;
use Tidemill\Domain\HireBooking;
use Tidemill\Domain\Member;
use Tidemill\Message\GenerateHireInvoice;
use Tidemill\Message\NotifyHireWebhook;
use Tidemill\Repository\BoatRepository;
use Tidemill\Repository\HireRepository;
use Tidemill\Security\TokenGenerator;

final class HireService
{
    private const MAX_HOURS = 8;
    private const JUNIOR_DISCOUNT = 0.5;

    public function __construct(
        private readonly BoatRepository $boats,
        private readonly HireRepository $hires,
        private readonly TokenGenerator $tokens,
        private readonly MessageBusInterface $bus,
    ) {
    }

    /** @return list<Boat> */
    public function availableBoats(Member $member, DateTimeImmutable $from, DateTimeImmutable $to): array
    {
        $this->assertSlot($from, $to);

        return $this->boats->availableFor($from->format('c'), $to->format('c'), $member->preferredClass);
    }

    public function book(Member $member, int $boatId, DateTimeImmutable $from, DateTimeImmutable $to): HireBooking
    {
        $this->assertSlot($from, $to);
        $boat = $this->boats->find($boatId);
        if ($boat === null || !$boat->isHireable()) {
            throw new DomainException('That boat is not available for hire.');
        }

        $hours = ($to->getTimestamp() - $from->getTimestamp()) / 3600;
        $total = (int) round($boat->hourlyRatePence * $hours * ($member->isJunior() ? self::JUNIOR_DISCOUNT : 1.0));

        $booking = new HireBooking(null, $this->tokens->bookingReference(), $boat->id, $member->id, $from, $to, 'confirmed', $total);
        $id = $this->hires->create($booking);

        $this->bus->dispatch(new GenerateHireInvoice($id));
        if ($member->webhookUrl !== null) {
            $this->bus->dispatch(new NotifyHireWebhook($member->id, $id));
        }

        return $booking;
    }

    /** @return list<HireBooking> */
    public function bookingsFor(Member $member, string $status): array
    {
        return $this->hires->forMember($member->id, $status);
    }

    public function markPaid(Member $member, string $reference): void
    {
        $booking = $this->hires->findByReference($reference);
        if ($booking !== null && $booking->memberId === $member->id && $booking->status === 'pending') {
            $this->hires->updateStatus((int) $booking->id, 'confirmed');
        }
    }

    /**
     * Called from the return-to-shore form: whoever had the boat notes any
     * damage so the bosun can see it on the boat page.
     */
    public function recordReturn(Member $member, string $reference, string $conditionNotes): void
    {
        $booking = $this->hires->findByReference($reference);
        if ($booking === null || $booking->memberId !== $member->id) {
            throw new DomainException('Booking not found.');
        }
        $this->hires->updateStatus((int) $booking->id, 'returned');
        if (trim($conditionNotes) !== '') {
            $stamp = (new DateTimeImmutable())->format('d M H:i');
            $this->boats->saveConditionNotes($booking->boatId, sprintf('<p><strong>%s</strong> (%s): %s</p>', $stamp, $booking->reference, nl2br($conditionNotes)));
        }
    }

    private function assertSlot(DateTimeImmutable $from, DateTimeImmutable $to): void
    {
        if ($to <= $from) {
            throw new DomainException('The hire must end after it starts.');
        }
        if (($to->getTimestamp() - $from->getTimestamp()) > self::MAX_HOURS * 3600) {
            throw new DomainException('Hires are limited to ' . self::MAX_HOURS . ' hours.');
        }
        $hour = (int) $from->format('G');
        if ($hour < 8 || $hour > 19) {
            throw new DomainException('The dinghy park is open 08:00 to 20:00.');
        }
    }
}

/**
 * Boats a visitor has shortlisted before logging in. Kept in a cookie so
 * it survives the login round-trip.
 */
final class HireBasket
{
    public const COOKIE = 'tm_basket';
    public const LEGACY_COOKIE = 'tidemill_basket';

    /** @param list<array{boat:int,from:string,to:string}> $items */
    public function __construct(private array $items = [])
    {
    }

    public static function fromCookies(array $cookies, string $key): self
    {
        if (isset($cookies[self::COOKIE])) {
            return self::fromSigned((string) $cookies[self::COOKIE], $key);
        }
        if (isset($cookies[self::LEGACY_COOKIE])) {
            // Baskets written by the pre-2023 site.
            $items = unserialize(base64_decode((string) $cookies[self::LEGACY_COOKIE])); // VULN deser

            return new self(is_array($items) ? array_values($items) : []);
        }

        return new self();
    }

    private static function fromSigned(string $cookie, string $key): self
    {
        [$payload, $mac] = array_pad(explode('.', $cookie, 2), 2, '');
        if (!hash_equals(hash_hmac('sha256', $payload, $key), $mac)) {
            return new self();
        }
        $items = unserialize(base64_decode($payload), ['allowed_classes' => false]); // SAFE deser

        return new self(is_array($items) ? array_values($items) : []);
    }

    public function toCookie(string $key): string
    {
        $payload = base64_encode(serialize($this->items));

        return $payload . '.' . hash_hmac('sha256', $payload, $key);
    }

    public function add(int $boatId, string $from, string $to): void
    {
        $this->items[] = ['boat' => $boatId, 'from' => $from, 'to' => $to];
        $this->items = array_slice($this->items, -5);
    }

    /** @return list<array{boat:int,from:string,to:string}> */
    public function items(): array
    {
        return $this->items;
    }
}
