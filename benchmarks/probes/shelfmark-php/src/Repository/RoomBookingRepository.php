<?php

namespace App\Repository;

use App\Enum\BranchCode;
use Doctrine\DBAL\Connection;

/**
 * Bookings are partitioned per branch (bookings_central, bookings_riverside, ...).
 */
final class RoomBookingRepository
{
    public function __construct(private readonly Connection $connection) {}

    public function createRoom(string $name, BranchCode $branch, int $capacity): int
    {
        $this->connection->insert('rooms', ['name' => $name, 'branch_code' => $branch->value, 'capacity' => $capacity]);
        return (int) $this->connection->lastInsertId();
    }

    public function upcomingForRoom(int $roomId): array
    {
        $room = $this->connection->fetchAssociative('SELECT id, branch_code FROM rooms WHERE id = ?', [$roomId]);
        if ($room === false) {
            return [];
        }
        return $this->connection->fetchAllAssociative('SELECT id, member_id, starts_at, ends_at, purpose FROM bookings_' . $room['branch_code'] . ' WHERE room_id = ? AND starts_at >= NOW() ORDER BY starts_at', [$roomId]); // SAFE sqli
    }

    public function create(int $roomId, string $branchCode, int $memberId, \DateTimeImmutable $start, \DateTimeImmutable $end, string $approverUid): int
    {
        $table = 'bookings_' . BranchCode::from($branchCode)->value;
        $this->connection->insert($table, [
            'room_id' => $roomId, 'member_id' => $memberId, 'approved_by' => $approverUid,
            'starts_at' => $start->format('Y-m-d H:i:s'), 'ends_at' => $end->format('Y-m-d H:i:s'),
        ]);
        return (int) $this->connection->lastInsertId();
    }

    public function branchOf(int $roomId): ?string
    {
        $code = $this->connection->fetchOne('SELECT branch_code FROM rooms WHERE id = ?', [$roomId]);
        return $code === false ? null : (string) $code;
    }

    public function checkIn(int $bookingId, string $branchCode, string $kioskId): bool
    {
        $table = 'bookings_' . BranchCode::from($branchCode)->value;
        return $this->connection->update($table, ['checked_in_at' => date('Y-m-d H:i:s'), 'kiosk_id' => $kioskId], ['id' => $bookingId]) === 1;
    }
}
