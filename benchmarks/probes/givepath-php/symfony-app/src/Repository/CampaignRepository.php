<?php

namespace App\Repository;

use App\Entity\Campaign;
use Doctrine\Bundle\DoctrineBundle\Repository\ServiceEntityRepository;
use Doctrine\Persistence\ManagerRegistry;

/**
 * @extends ServiceEntityRepository<Campaign>
 */
class CampaignRepository extends ServiceEntityRepository
{
    public function __construct(ManagerRegistry $registry)
    {
        parent::__construct($registry, Campaign::class);
    }

    public function findLiveBySlug(string $slug): ?Campaign
    {
        return $this->findOneBy(['slug' => $slug, 'status' => Campaign::STATUS_LIVE]);
    }

    /**
     * @return Campaign[]
     */
    public function findPublished(string $sortField, string $direction, ?string $search, int $page = 1, int $perPage = 24): array
    {
        $qb = $this->createQueryBuilder('c')
            ->andWhere('c.status = :status')
            ->setParameter('status', Campaign::STATUS_LIVE)
            ->setFirstResult(max(0, $page - 1) * $perPage)
            ->setMaxResults($perPage);

        if ($search !== null && $search !== '') {
            $qb->andWhere('LOWER(c.title) LIKE :q')
                ->setParameter('q', '%' . addcslashes(mb_strtolower($search), '%_') . '%');
        }

        $qb->orderBy('c.' . $sortField, $direction); // SAFE sqli

        return $qb->getQuery()->getResult();
    }

    /**
     * @return Campaign[]
     */
    public function findEndingSoon(int $days = 7): array
    {
        return $this->createQueryBuilder('c')
            ->andWhere('c.status = :status')
            ->andWhere('c.endsAt BETWEEN :now AND :until')
            ->setParameter('status', Campaign::STATUS_LIVE)
            ->setParameter('now', new \DateTimeImmutable())
            ->setParameter('until', new \DateTimeImmutable(sprintf('+%d days', $days)))
            ->orderBy('c.endsAt', 'ASC')
            ->getQuery()
            ->getResult();
    }

    public function addToRaised(int $campaignId, int $amountMinor): void
    {
        $this->getEntityManager()->createQuery(
            'UPDATE App\Entity\Campaign c SET c.raisedMinor = c.raisedMinor + :amount WHERE c.id = :id'
        )
            ->setParameter('amount', $amountMinor)
            ->setParameter('id', $campaignId)
            ->execute();
    }
}
