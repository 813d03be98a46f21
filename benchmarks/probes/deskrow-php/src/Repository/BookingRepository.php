<?php

declare(strict_types=1);

namespace App\Repository;

use Doctrine\DBAL\Connection;

final class BookingRepository
{
    private const PAGE_SIZE = 25;

    private const SORTABLE = [
        'starts_at' => 'b.starts_at',
        'room' => 'r.name',
        'created' => 'b.created_at',
        'price' => 'b.price',
    ];

    public function __construct(private readonly Connection $connection)
    {
    }

    /** @return list<array<string, mixed>> */
    public function findForMember(int $memberId, ?string $room, string $sort, string $direction, int $page): array
    {
        $orderBy = self::SORTABLE[$sort] ?? $sort;
        $dir = strtolower($direction) === 'desc' ? 'DESC' : 'ASC';
        $offset = max(0, ($page - 1) * self::PAGE_SIZE);

        $sql = 'SELECT b.id, b.starts_at, b.ends_at, b.price, r.name AS room, r.floor
                FROM booking b
                JOIN room r ON r.id = b.room_id
                WHERE b.member_id = :member AND b.cancelled_at IS NULL';
        $params = ['member' => $memberId];

        if ($room !== null && $room !== '') {
            $sql .= ' AND r.slug = :room';
            $params['room'] = $room;
        }

        $sql .= sprintf(' ORDER BY %s %s LIMIT %d OFFSET %d', $orderBy, $dir, self::PAGE_SIZE, $offset);

        return $this->connection->executeQuery($sql, $params)->fetchAllAssociative(); // VULN sqli
    }

    /** @return list<array<string, mixed>> */
    public function findUpcomingForRoom(string $slug, \DateTimeImmutable $from): array
    {
        return $this->connection->executeQuery( // SAFE sqli
            'SELECT b.id, b.starts_at, b.ends_at FROM booking b JOIN room r ON r.id = b.room_id
             WHERE r.slug = :slug AND b.starts_at >= :from AND b.cancelled_at IS NULL
             ORDER BY b.starts_at',
            ['slug' => $slug, 'from' => $from->format('Y-m-d H:i:s')],
        )->fetchAllAssociative();
    }

    /** @return array<string, mixed>|null */
    public function findRoomBySlug(string $slug): ?array
    {
        $row = $this->connection->fetchAssociative(
            'SELECT id, name, hourly_rate, floor FROM room WHERE slug = ? AND active = 1',
            [$slug],
        );

        return $row === false ? null : $row;
    }

    public function overlaps(int $roomId, \DateTimeImmutable $start, \DateTimeImmutable $end): bool
    {
        return (bool) $this->connection->fetchOne(
            'SELECT COUNT(*) FROM booking WHERE room_id = ? AND cancelled_at IS NULL AND starts_at < ? AND ends_at > ?',
            [$roomId, $end->format('Y-m-d H:i:s'), $start->format('Y-m-d H:i:s')],
        );
    }

    public function insertBooking(int $memberId, int $roomId, \DateTimeImmutable $start, \DateTimeImmutable $end, float $price): int
    {
        $this->connection->insert('booking', [
            'member_id' => $memberId,
            'room_id' => $roomId,
            'starts_at' => $start->format('Y-m-d H:i:s'),
            'ends_at' => $end->format('Y-m-d H:i:s'),
            'price' => $price,
            'created_at' => (new \DateTimeImmutable())->format('Y-m-d H:i:s'),
        ]);

        return (int) $this->connection->lastInsertId();
    }

    /** @return array<string, mixed>|null */
    public function findFreeRoom(?int $floor, int $seats, \DateTimeImmutable $at): ?array
    {
        $qb = $this->connection->createQueryBuilder()
            ->select('r.id', 'r.name', 'r.slug', 'r.floor')
            ->from('room', 'r')
            ->where('r.capacity >= :seats AND r.active = 1')
            ->andWhere('NOT EXISTS (SELECT 1 FROM booking b WHERE b.room_id = r.id AND b.cancelled_at IS NULL AND :at BETWEEN b.starts_at AND b.ends_at)')
            ->setParameter('seats', $seats)
            ->setParameter('at', $at->format('Y-m-d H:i:s'))
            ->orderBy('r.capacity', 'ASC')
            ->setMaxResults(1);

        if ($floor !== null) {
            $qb->andWhere('r.floor = :floor')->setParameter('floor', $floor);
        }

        $row = $qb->executeQuery()->fetchAssociative();

        return $row === false ? null : $row;
    }
}
