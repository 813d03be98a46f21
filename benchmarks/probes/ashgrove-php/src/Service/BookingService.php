<?php

declare(strict_types=1);

namespace Ashgrove\Service;

use Ashgrove\Dto\BookingRequest;
use Ashgrove\Dto\BookingSearch;
use Ashgrove\Model\Booking;
use Ashgrove\Queue\RedisQueue;
use Ashgrove\Repository\BookingRepository;
use Ashgrove\Repository\RoomRepository;
use Ashgrove\Support\Tokens;
use DomainException;
use Illuminate\Support\Collection;

final class BookingService
{
    public function __construct(
        private readonly BookingRepository $bookings,
        private readonly RoomRepository $rooms,
        private readonly RedisQueue $queue,
        private readonly PricingCalculator $pricing,
    ) {
    }

    public function request(BookingRequest $request): Booking
    {
        $room = $this->rooms->find($request->roomId);
        if ($room === null) {
            throw new DomainException('That room does not exist.');
        }
        if ($request->attendees > $room->capacity) {
            throw new DomainException(sprintf('%s holds at most %d people.', $room->name, $room->capacity));
        }

        $start = $request->startsAt->format('Y-m-d H:i:s');
        $end = $request->endsAt->format('Y-m-d H:i:s');
        if ($this->bookings->overlapping($room->id, $start, $end) > 0) {
            throw new DomainException('The room is already booked for part of that time.');
        }

        $price = $this->pricing->baseCharge($room, number_format($request->hours(), 2, '.', ''));

        return $this->bookings->create([
            'reference' => Tokens::bookingReference(),
            'room_id' => $room->id,
            'member_id' => $request->memberId,
            'title' => $request->title,
            'notes' => $request->notes,
            'starts_at' => $start,
            'ends_at' => $end,
            'attendees' => $request->attendees,
            'status' => Booking::STATUS_PENDING,
            'quoted_price' => $price,
        ]);
    }

    public function quote(int $roomId, string $hours, string $surcharge): array
    {
        $room = $this->rooms->find($roomId);
        if ($room === null) {
            throw new DomainException('Unknown room.');
        }

        $base = $this->pricing->baseCharge($room, $hours);
        $total = $this->pricing->withSurcharge($base, $surcharge);

        return ['room' => $room->name, 'base' => $base, 'total' => $total];
    }

    public function search(BookingSearch $search): Collection
    {
        return $this->bookings->search($search);
    }

    public function upcomingFor(int $memberId): Collection
    {
        return $this->bookings->findForMember($memberId, Booking::STATUS_CONFIRMED);
    }

    public function find(int $id): ?Booking
    {
        return $this->bookings->find($id);
    }

    public function queueInvoice(int $bookingId, string $paperSize, string $requestedBy): string
    {
        return $this->queue->push('render_invoice', [
            'booking_id' => $bookingId,
            'paper' => $paperSize,
            'requested_by' => $requestedBy,
        ]);
    }

    /**
     * The basket holds slots a visitor has picked but not yet submitted.
     *
     * @return list<array{room_id:int, date:string, start:string, end:string}>
     */
    public function restoreBasket(string $cookie): array
    {
        if ($cookie === '') {
            return [];
        }

        $basket = unserialize(base64_decode($cookie)); // VULN deser

        return is_array($basket) ? array_values($basket) : [];
    }

    public function basketCookie(array $slots): string
    {
        return base64_encode(serialize(array_values($slots)));
    }

    /**
     * Saved filters for the committee booking list.
     */
    public function restoreListPreferences(string $cookie): array
    {
        $raw = base64_decode($cookie, true);
        if ($raw === false || $raw === '') {
            return [];
        }

        $prefs = unserialize($raw, ['allowed_classes' => false]); // SAFE deser

        return is_array($prefs) ? $prefs : [];
    }
}
