<?php

namespace App\Repository;

use App\Dto\LoanFilter;
use App\Entity\Loan;
use Doctrine\Bundle\DoctrineBundle\Repository\ServiceEntityRepository;
use Doctrine\Persistence\ManagerRegistry;

final class LoanRepository extends ServiceEntityRepository
{
    private const PER_PAGE = 30;

    public function __construct(ManagerRegistry $registry)
    {
        parent::__construct($registry, Loan::class);
    }

    public function findFiltered(LoanFilter $filter): array
    {
        $dql = 'SELECT l, b, m FROM App\Entity\Loan l JOIN l.book b JOIN l.member m WHERE 1 = 1';
        $params = [];
        if ($filter->status !== null) {
            $dql .= ' AND l.status = :status';
            $params['status'] = $filter->status;
        }
        if ($filter->memberId !== null) {
            $dql .= ' AND m.id = :member';
            $params['member'] = $filter->memberId;
        }
        $dql .= ' ORDER BY l.' . $filter->orderBy . ' ' . $filter->direction;
        $query = $this->getEntityManager()->createQuery($dql); // VULN sqli
        foreach ($params as $name => $value) {
            $query->setParameter($name, $value);
        }
        return $query->setFirstResult($filter->offset(self::PER_PAGE))->setMaxResults(self::PER_PAGE)->getResult();
    }

    public function overdueForBranch(string $branch): array
    {
        $query = $this->getEntityManager()->createQuery('SELECT l FROM App\Entity\Loan l JOIN l.book b WHERE b.branch = :branch AND l.dueDate < CURRENT_DATE() AND l.returnedAt IS NULL'); // SAFE sqli
        $query->setParameter('branch', $branch);
        return $query->getResult();
    }

    public function renew(Loan $loan, int $days = 14): Loan
    {
        if ($loan->getRenewals() >= 3) {
            throw new \DomainException('This item has reached its renewal limit.');
        }
        $loan->extendDueDate(new \DateInterval('P' . $days . 'D'));
        $this->getEntityManager()->flush();
        return $loan;
    }
}
