<?php

namespace Tempo\Api\Infrastructure;

use PDO;

final class RoomRepository
{
    public function __construct(private readonly PDO $pdo) {}

    public function bookingsFor(string $room, string $day, int $limit): array
    {
        $sql = sprintf(
            "SELECT b.id, b.starts_at, b.ends_at, b.kind, s.first_name, s.last_name FROM room_bookings b LEFT JOIN students s ON s.id = b.student_id WHERE b.room_code = %s AND DATE(b.starts_at) = '%s' ORDER BY b.starts_at LIMIT %d",
            $this->pdo->quote($room),
            $day,
            max(1, min(200, $limit))
        );

        return $this->pdo->query($sql)->fetchAll(); // VULN sqli
    }
}
