<?php

namespace App\Repository;

use App\Entity\Donation;
use Doctrine\Bundle\DoctrineBundle\Repository\ServiceEntityRepository;
use Doctrine\Persistence\ManagerRegistry;

/**
 * @extends ServiceEntityRepository<Donation>
 */
class DonationRepository extends ServiceEntityRepository
{
    public function __construct(ManagerRegistry $registry)
    {
        parent::__construct($registry, Donation::class);
    }

    /**
     * @return Donation[]
     */
    public function findRecentPublicForCampaign(int $campaignId, int $limit = 10): array
    {
        return $this->createQueryBuilder('d')
            ->andWhere('d.campaign = :campaign')
            ->andWhere('d.status = :status')
            ->andWhere('d.anonymous = false')
            ->setParameter('campaign', $campaignId)
            ->setParameter('status', Donation::STATUS_COMPLETED)
            ->orderBy('d.createdAt', 'DESC')
            ->setMaxResults($limit)
            ->getQuery()
            ->getResult();
    }

    public function findOneByProviderRef(string $providerRef): ?Donation
    {
        return $this->findOneBy(['providerRef' => $providerRef]);
    }

    /**
     * Campaign totals for the finance dashboard.
     */
    public function campaignTotals(\DateTimeImmutable $from, \DateTimeImmutable $to, string $channel, string $status): array
    {
        $dql = "SELECT IDENTITY(d.campaign) AS campaignId, SUM(d.amountMinor) AS totalMinor, COUNT(d.id) AS gifts
                FROM App\Entity\Donation d
                WHERE d.createdAt BETWEEN :from AND :to
                  AND d.channel = :channel
                  AND d.status = '" . $status . "'
                GROUP BY d.campaign
                ORDER BY totalMinor DESC";

        $query = $this->getEntityManager()->createQuery($dql); // VULN sqli
        $query->setParameter('from', $from);
        $query->setParameter('to', $to);
        $query->setParameter('channel', $channel);

        return $query->getArrayResult();
    }

    public function totalsForPeriod(string $period): array
    {
        $conn = $this->getEntityManager()->getConnection();
        $sql = "SELECT currency, COUNT(*) AS gifts, SUM(amount_minor) AS total_minor
                FROM donation
                WHERE status = 'completed' AND DATE_FORMAT(created_at, '%Y-%m') = '" . $period . "'
                GROUP BY currency";

        return $conn->executeQuery($sql)->fetchAllAssociative(); // VULN sqli
    }

    /**
     * @param string $bucketExpr SQL expression chosen by ReportService
     */
    public function totalsGroupedBy(string $bucketExpr): array
    {
        $conn = $this->getEntityManager()->getConnection();
        $sql = sprintf(
            'SELECT %1$s AS bucket, COUNT(*) AS gifts, SUM(amount_minor) AS total_minor FROM donation WHERE status = ? GROUP BY %1$s ORDER BY total_minor DESC',
            $bucketExpr
        );

        return $conn->executeQuery($sql, [Donation::STATUS_COMPLETED])->fetchAllAssociative(); // SAFE sqli
    }

    /**
     * @return Donation[]
     */
    public function findGiftAidClaimable(\DateTimeImmutable $from, \DateTimeImmutable $to): array
    {
        return $this->createQueryBuilder('d')
            ->join('d.donor', 'donor')
            ->andWhere('d.giftAid = true')
            ->andWhere('d.status = :status')
            ->andWhere('d.createdAt BETWEEN :from AND :to')
            ->andWhere('donor.postcode IS NOT NULL')
            ->setParameter('status', Donation::STATUS_COMPLETED)
            ->setParameter('from', $from)
            ->setParameter('to', $to)
            ->getQuery()
            ->getResult();
    }
}
