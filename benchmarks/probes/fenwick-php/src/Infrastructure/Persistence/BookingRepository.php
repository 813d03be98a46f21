<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Persistence;

use Doctrine\DBAL\Connection;
use InvalidArgumentException;

final class BookingRepository
{
    public function __construct(private readonly Connection $connection)
    {
    }

    public function findForGuest(string $reference, string $email): ?array
    {
        $row = $this->connection->fetchAssociative(
            'SELECT * FROM bookings WHERE reference = ? AND LOWER(guest_email) = ? AND status <> ?',
            [$reference, $email, 'cancelled'],
        );

        return $row === false ? null : $row;
    }

    public function findByReference(string $reference): ?array
    {
        $qb = $this->connection->createQueryBuilder()
            ->select('b.*', 'c.name AS cottage_name')
            ->from('bookings', 'b')
            ->innerJoin('b', 'cottages', 'c', 'c.id = b.cottage_id')
            ->where('b.reference = :ref')
            ->setParameter('ref', $reference);

        $row = $qb->executeQuery()->fetchAssociative(); // SAFE sqli

        return $row === false ? null : $row;
    }

    /**
     * @return list<array<string, mixed>>
     */
    public function listForOwner(int $ownerId, string $sort, string $direction): array
    {
        $column = match ($sort) {
            'arrival' => 'b.arrival',
            'guest' => 'b.guest_name',
            'total' => 'b.total_pence',
            'created' => 'b.created_at',
            default => throw new InvalidArgumentException('Unsupported sort column'),
        };
        $dir = $direction === 'desc' ? 'DESC' : 'ASC';

        $sql = "SELECT b.* FROM bookings b JOIN cottages c ON c.id = b.cottage_id WHERE c.owner_id = :owner ORDER BY {$column} {$dir}";

        return $this->connection->fetchAllAssociative($sql, ['owner' => $ownerId]); // SAFE sqli
    }

    public function insertChannelBooking(array $row): int
    {
        $existing = $this->connection->fetchOne(
            'SELECT id FROM bookings WHERE channel_reference = ?',
            [$row['channel_reference']],
        );
        if ($existing !== false) {
            return (int) $existing;
        }

        $this->connection->insert('bookings', $row + ['created_at' => date('Y-m-d H:i:s')]);

        return (int) $this->connection->lastInsertId();
    }

    public function storePortalTokenHash(int $bookingId, string $hash): void
    {
        $this->connection->executeStatement(
            'UPDATE bookings SET portal_token_hash = ?, portal_token_issued_at = NOW() WHERE id = ?',
            [$hash, $bookingId],
        );
    }

    public function recordGuestNote(int $bookingId, string $note): void
    {
        $this->connection->update('bookings', ['special_requests' => $note], ['id' => $bookingId]);
    }
}
