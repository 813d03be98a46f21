<?php

declare(strict_types=1);

namespace Ashgrove\Repository;

use Ashgrove\Dto\BookingSearch;
use Ashgrove\Model\Booking;
use Illuminate\Database\Capsule\Manager as DB;
use Illuminate\Support\Collection;

final class BookingRepository
{
    private const PER_PAGE = 25;

    /** Friendly sort keys used by the committee list, mapped to columns. */
    private const SORTABLE = [
        'date' => 'bookings.starts_at',
        'room' => 'rooms.name',
        'hirer' => 'members.display_name',
        'price' => 'bookings.quoted_price',
        'status' => 'bookings.status',
    ];

    public function create(array $attributes): Booking
    {
        return Booking::create($attributes);
    }

    public function findByReference(string $reference): ?Booking
    {
        return Booking::with(['room', 'member'])->where('reference', $reference)->first();
    }

    public function find(int $id): ?Booking
    {
        return Booking::with(['room', 'member'])->find($id);
    }

    public function search(BookingSearch $search): Collection
    {
        $query = Booking::query()
            ->select('bookings.*', 'rooms.name as room_name', 'members.display_name as hirer')
            ->join('rooms', 'rooms.id', '=', 'bookings.room_id')
            ->join('members', 'members.id', '=', 'bookings.member_id');

        if ($search->roomId !== null) {
            $query->where('bookings.room_id', $search->roomId);
        }
        if ($search->status !== null && $search->status !== '') {
            $query->where('bookings.status', $search->status);
        }

        $column = self::SORTABLE[$search->sort] ?? $search->sort;

        return $query
            ->orderByRaw($column . ' ' . $search->direction) // VULN sqli
            ->forPage($search->page, self::PER_PAGE)
            ->get();
    }

    public function findForMember(int $memberId, string $status): Collection
    {
        return Booking::query()
            ->whereRaw('member_id = ? AND status = ?', [$memberId, $status]) // SAFE sqli
            ->orderBy('starts_at')
            ->get();
    }

    public function overlapping(int $roomId, string $startsAt, string $endsAt): int
    {
        return Booking::query()
            ->where('room_id', $roomId)
            ->where('status', '!=', Booking::STATUS_CANCELLED)
            ->where('starts_at', '<', $endsAt)
            ->where('ends_at', '>', $startsAt)
            ->count();
    }

    public function markInvoiced(int $bookingId, string $pdfPath): void
    {
        DB::table('bookings')->where('id', $bookingId)->update([
            'invoice_path' => $pdfPath,
            'invoiced_at' => date('Y-m-d H:i:s'),
        ]);
    }

    public function confirmByReference(string $reference): int
    {
        return DB::table('bookings')
            ->where('reference', $reference)
            ->update(['status' => Booking::STATUS_CONFIRMED]);
    }
}
