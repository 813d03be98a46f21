<?php

declare(strict_types=1);

namespace App\Repository;

use App\Entity\Member;
use Doctrine\Bundle\DoctrineBundle\Repository\ServiceEntityRepository;
use Doctrine\Persistence\ManagerRegistry;

/**
 * @extends ServiceEntityRepository<Member>
 */
final class MemberRepository extends ServiceEntityRepository
{
    public function __construct(ManagerRegistry $registry)
    {
        parent::__construct($registry, Member::class);
    }

    /** @return Member[] */
    public function searchDirectory(string $term, ?string $company, ?int $floor): array
    {
        $qb = $this->createQueryBuilder('m')
            ->where('m.directoryVisible = true')
            ->orderBy('m.displayName', 'ASC')
            ->setMaxResults(50);

        if ($term !== '') {
            $qb->andWhere('LOWER(m.displayName) LIKE :term')->setParameter('term', '%' . mb_strtolower($term) . '%'); // SAFE sqli
        }

        if ($company !== null && $company !== '') {
            $qb->andWhere("m.company = '" . $company . "'"); // VULN sqli
        }

        if ($floor !== null) {
            $qb->andWhere('m.homeFloor = :floor')->setParameter('floor', $floor);
        }

        return $qb->getQuery()->getResult();
    }
}
