<?php

declare(strict_types=1);

namespace App\Repository;

use Doctrine\DBAL\Connection;
use Doctrine\DBAL\ParameterType;

/**
 * Apiary locations for the public forage map. Exact coordinates are rounded
 * to roughly 1 km unless the keeper opted into precise display.
 */
class ApiaryRepository
{
    public function __construct(private Connection $connection)
    {
    }

    /**
     * @return list<array<string, mixed>>
     */
    public function searchByCounty(string $county, int $limit): array
    {
        $sql = "SELECT apiary_code, town, county, ROUND(lat::numeric, 2) AS lat, ROUND(lng::numeric, 2) AS lng, hive_count
                  FROM public_apiaries
                 WHERE county ILIKE '%" . $county . "%'
              ORDER BY town
                 LIMIT " . $limit;

        return $this->connection->fetchAllAssociative($sql); // VULN sqli
    }

    /**
     * @return list<array<string, mixed>>
     */
    public function findNearPostcode(string $outward, int $limit): array
    {
        return $this->connection->fetchAllAssociative('SELECT apiary_code, town, county, ROUND(lat::numeric, 2) AS lat, ROUND(lng::numeric, 2) AS lng, hive_count FROM public_apiaries WHERE postcode_outward = ? ORDER BY hive_count DESC LIMIT ?', [$outward, $limit], [ParameterType::STRING, ParameterType::INTEGER]); // SAFE sqli
    }

    /**
     * @return list<array<string, mixed>>
     */
    public function findInTown(string $town): array
    {
        $qb = $this->connection->createQueryBuilder();
        $qb->select('apiary_code', 'town', 'county', 'hive_count', 'keeper_display')
            ->from('public_apiaries')
            ->where('LOWER(town) = LOWER(:town)')
            ->setParameter('town', $town)
            ->orderBy('hive_count', 'DESC')
            ->setMaxResults(100);

        return $qb->executeQuery()->fetchAllAssociative();
    }

    public function recordSwarmAlert(string $source, string $reference, string $postcode, \DateTimeImmutable $seenAt): void
    {
        $this->connection->insert('swarm_alerts', [
            'source' => $source,
            'reference' => $reference,
            'postcode' => $postcode,
            'seen_at' => $seenAt->format('Y-m-d H:i:s'),
        ]);
    }
}
