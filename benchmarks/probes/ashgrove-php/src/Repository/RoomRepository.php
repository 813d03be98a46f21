<?php

declare(strict_types=1);

namespace Ashgrove\Repository;

use Ashgrove\Model\Room;
use Illuminate\Database\Capsule\Manager as DB;

final class RoomRepository
{
    public function find(int $id): ?Room
    {
        return Room::find($id);
    }

    /** @return list<object> */
    public function all(): array
    {
        return DB::select('SELECT id, name, capacity, hourly_rate, features FROM rooms ORDER BY name');
    }

    /**
     * Rooms with no confirmed booking on the given day, optionally filtered by
     * a feature such as "kitchen", "stage" or "hearing loop".
     *
     * @return list<object>
     */
    public function findAvailable(string $date, string $feature): array
    {
        $sql = "SELECT r.id, r.name, r.capacity, r.hourly_rate FROM rooms r
                WHERE r.id NOT IN (SELECT b.room_id FROM bookings b WHERE DATE(b.starts_at) = ? AND b.status = 'confirmed')";

        if ($feature !== '') {
            $sql .= " AND r.features LIKE '%" . $feature . "%'";
        }

        return DB::select($sql . ' ORDER BY r.capacity', [$date]); // VULN sqli
    }

    /** @return list<object> */
    public function searchByName(string $term): array
    {
        return DB::select('SELECT id, name, capacity FROM rooms WHERE name LIKE ? ORDER BY name', ['%' . $term . '%']); // SAFE sqli
    }

    public function updateImage(int $roomId, string $path): void
    {
        Room::where('id', $roomId)->update(['image_path' => $path]);
    }
}
