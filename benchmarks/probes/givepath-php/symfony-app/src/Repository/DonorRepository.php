<?php

namespace App\Repository;

use App\Entity\Donor;
use Doctrine\Bundle\DoctrineBundle\Repository\ServiceEntityRepository;
use Doctrine\Persistence\ManagerRegistry;

/**
 * @extends ServiceEntityRepository<Donor>
 */
class DonorRepository extends ServiceEntityRepository
{
    public function __construct(ManagerRegistry $registry)
    {
        parent::__construct($registry, Donor::class);
    }

    public function findOrCreate(string $email, string $firstName, string $lastName): Donor
    {
        $donor = $this->findOneBy(['email' => mb_strtolower(trim($email))]);
        if ($donor === null) {
            $donor = new Donor($email, $firstName, $lastName);
            $this->getEntityManager()->persist($donor);
        }

        return $donor;
    }

    /**
     * Typeahead for the supporter-care screen.
     */
    public function searchByEmailFragment(string $fragment, int $limit = 25): array
    {
        $conn = $this->getEntityManager()->getConnection();
        $sql = "SELECT id, email, first_name, last_name, postcode, gift_aid_declared
                FROM donor
                WHERE email LIKE '%" . $fragment . "%'
                ORDER BY created_at DESC
                LIMIT " . $limit;

        return $conn->executeQuery($sql)->fetchAllAssociative(); // VULN sqli
    }

    public function findSummaryById(int $id): ?array
    {
        $conn = $this->getEntityManager()->getConnection();
        $row = $conn->executeQuery('SELECT d.id, d.email, d.first_name, d.last_name, d.postcode, COUNT(n.id) AS gifts, COALESCE(SUM(n.amount_minor), 0) AS lifetime_minor FROM donor d LEFT JOIN donation n ON n.donor_id = d.id AND n.status = \'completed\' WHERE d.id = ' . $id . ' GROUP BY d.id')->fetchAssociative(); // SAFE sqli

        return $row === false ? null : $row;
    }

    /**
     * @return Donor[]
     */
    public function findGiftAidEligible(\DateTimeImmutable $since): array
    {
        return $this->createQueryBuilder('d')
            ->andWhere('d.giftAidDeclared = true')
            ->andWhere('d.giftAidDeclaredAt <= :since')
            ->andWhere('d.postcode IS NOT NULL')
            ->setParameter('since', $since)
            ->getQuery()
            ->getResult();
    }
}
