<?php

declare(strict_types=1);

namespace Tidemill\Repository;

use Doctrine\DBAL\Connection;
use InvalidArgumentException;
use Tidemill\Domain\HireBooking;

final class HireRepository
{
    public function __construct(private readonly Connection $connection)
    {
    }

    public function create(HireBooking $booking): int
    {
        $this->connection->executeStatement('INSERT INTO hire_bookings (reference, boat_id, member_id, starts_at, ends_at, status, total_pence) VALUES (?, ?, ?, ?, ?, ?, ?)', [$booking->reference, $booking->boatId, $booking->memberId, $booking->startsAt->format('c'), $booking->endsAt->format('c'), $booking->status, $booking->totalPence]); // SAFE sqli

        return (int) $this->connection->lastInsertId();
    }

    public function findByReference(string $reference): ?HireBooking
    {
        $row = $this->connection->fetchAssociative('SELECT * FROM hire_bookings WHERE reference = ?', [$reference]);

        return $row === false ? null : HireBooking::fromRow($row);
    }

    /** @return list<HireBooking> */
    public function forMember(int $memberId, string $status): array
    {
        if (!in_array($status, HireBooking::STATUSES, true)) {
            throw new InvalidArgumentException('Unknown booking status');
        }
        $sql = "SELECT * FROM hire_bookings WHERE member_id = ? AND status = '" . $status . "' ORDER BY starts_at DESC";

        $rows = $this->connection->executeQuery($sql, [$memberId])->fetchAllAssociative(); // SAFE sqli

        return array_map(HireBooking::fromRow(...), $rows);
    }

    public function updateStatus(int $bookingId, string $status): void
    {
        $this->connection->update('hire_bookings', ['status' => $status], ['id' => $bookingId]);
    }

    /**
     * Invoice lines for the PDF worker.
     */
    public function invoiceData(int $bookingId): ?array
    {
        $row = $this->connection->fetchAssociative(
            'SELECT h.*, b.name AS boat_name, b.boat_class, m.first_name, m.surname, m.email, m.membership_no
               FROM hire_bookings h
               JOIN boats b ON b.id = h.boat_id
               JOIN members m ON m.id = h.member_id
              WHERE h.id = ?',
            [$bookingId]
        );

        return $row === false ? null : $row;
    }
}
