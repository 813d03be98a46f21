<?php

declare(strict_types=1);

namespace App\Repository;

use Doctrine\DBAL\Connection;
use Doctrine\ORM\EntityManagerInterface;
use Doctrine\ORM\Query\ResultSetMapping;

/**
 * Invoices are written by the billing worker; this side only reads them.
 */
final class InvoiceRepository
{
    private const SUMMARY_COLUMNS = 'i.id, i.number, i.issued_at, i.total_cents, i.status';

    public function __construct(
        private readonly EntityManagerInterface $em,
        private readonly Connection $connection,
    ) {
    }

    /** @return list<array<string, mixed>> */
    public function findByStatus(int $memberId, string $status): array
    {
        $sql = 'SELECT ' . self::SUMMARY_COLUMNS . " FROM invoice i WHERE i.member_id = :member AND i.status = '" . $status . "' ORDER BY i.issued_at DESC";

        $query = $this->em->createNativeQuery($sql, $this->summaryMapping()); // VULN sqli
        $query->setParameter('member', $memberId);

        return $query->getScalarResult();
    }

    /** @return list<array<string, mixed>> */
    public function findAllForMember(int $memberId): array
    {
        $query = $this->em->createNativeQuery(
            'SELECT ' . self::SUMMARY_COLUMNS . ' FROM invoice i WHERE i.member_id = :member ORDER BY i.issued_at DESC',
            $this->summaryMapping(),
        );
        $query->setParameter('member', $memberId);

        return $query->getScalarResult();
    }

    /** @return list<array<string, mixed>> */
    public function findForMonth(int $memberId, int $year, int $month): array
    {
        $sql = sprintf(
            'SELECT %s FROM invoice i WHERE i.member_id = %d AND YEAR(i.issued_at) = %d AND MONTH(i.issued_at) = %d ORDER BY i.issued_at',
            self::SUMMARY_COLUMNS,
            $memberId,
            $year,
            $month,
        );

        return $this->em->createNativeQuery($sql, $this->summaryMapping())->getScalarResult(); // SAFE sqli
    }

    /** @return array<string, mixed>|null */
    public function findOneForMember(int $memberId, string $number): ?array
    {
        $row = $this->connection->fetchAssociative(
            'SELECT id, number, issued_at, due_at, billing_name, billing_address, vat_rate, status FROM invoice WHERE member_id = ? AND number = ?',
            [$memberId, $number],
        );

        return $row === false ? null : $row;
    }

    /** @return list<array<string, mixed>> */
    public function findLines(int $invoiceId): array
    {
        return $this->connection->fetchAllAssociative(
            'SELECT description, quantity, unit_cents FROM invoice_line WHERE invoice_id = ? ORDER BY position',
            [$invoiceId],
        );
    }

    private function summaryMapping(): ResultSetMapping
    {
        $rsm = new ResultSetMapping();
        $rsm->addScalarResult('id', 'id', 'integer');
        $rsm->addScalarResult('number', 'number');
        $rsm->addScalarResult('issued_at', 'issuedAt', 'datetime_immutable');
        $rsm->addScalarResult('total_cents', 'totalCents', 'integer');
        $rsm->addScalarResult('status', 'status');

        return $rsm;
    }
}
