<?php

namespace App\Models;

use CodeIgniter\Model;

class BookingModel extends Model
{
    protected $table = 'bookings';
    protected $primaryKey = 'id';
    protected $returnType = 'array';
    protected $allowedFields = ['special_requests', 'status', 'housekeeping_note'];
    protected $useTimestamps = true;

    /**
     * Bookings desk search box: part of a guest's name, optionally filtered by status.
     */
    public function searchByGuest(string $guest, string $status): array
    {
        $sql = "SELECT b.id, b.reference, b.guest_name, b.arrival, b.departure, b.status, b.special_requests, c.name AS cottage
                  FROM bookings b JOIN cottages c ON c.id = b.cottage_id
                 WHERE b.guest_name LIKE '%" . $guest . "%' AND b.status = ?
                 ORDER BY b.arrival DESC LIMIT 100";

        return $this->db->query($sql, [$status])->getResultArray(); // VULN sqli
    }

    public function recent(int $limit = 50): array
    {
        return $this->db->table('bookings b')
            ->select('b.id, b.reference, b.guest_name, b.arrival, b.departure, b.status, b.special_requests, c.name AS cottage')
            ->join('cottages c', 'c.id = b.cottage_id')
            ->orderBy('b.arrival', 'DESC')
            ->limit($limit)
            ->get()
            ->getResultArray();
    }

    public function withCottage(int $id): ?array
    {
        $builder = $this->db->table('bookings b')
            ->select('b.*, c.name AS cottage, c.village')
            ->join('cottages c', 'c.id = b.cottage_id');

        $row = $builder->where('b.id', $id)->get()->getRowArray(); // SAFE sqli

        return $row ?: null;
    }

    public function arrivalsBetween(string $from, string $to, ?string $village): array
    {
        $sql = 'SELECT b.reference, b.guest_name, b.arrival, c.name AS cottage, c.village
                  FROM bookings b JOIN cottages c ON c.id = b.cottage_id
                 WHERE b.status = ? AND b.arrival BETWEEN ? AND ?';
        $binds = ['confirmed', $from, $to];

        if ($village !== null && $village !== '') {
            $sql .= ' AND c.village = ?';
            $binds[] = $village;
        }

        return $this->db->query($sql . ' ORDER BY b.arrival', $binds)->getResultArray(); // SAFE sqli
    }
}
