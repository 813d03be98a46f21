<?php
declare(strict_types=1);

namespace App\Service;

use App\Model\Table\HivesTable;
use Cake\Database\Connection;
use Cake\Datasource\ConnectionManager;
use Cake\ORM\Locator\LocatorAwareTrait;

/**
 * Reports for the county bee inspector and the committee.
 */
class HiveReportService
{
    use LocatorAwareTrait;

    private const SORTABLE = [
        'apiary' => 'a.apiary_code',
        'hives' => 'hive_count',
        'strength' => 'avg_brood',
        'owner' => 'm.display_name',
    ];

    private Connection $db;

    public function __construct(?Connection $db = null)
    {
        /** @var \Cake\Database\Connection $default */
        $default = $db ?? ConnectionManager::get('default');
        $this->db = $default;
    }

    public function searchByTag(string $tag): array
    {
        /** @var HivesTable $hives */
        $hives = $this->fetchTable('Hives');
        $tag = trim($tag);
        if ($tag === '') {
            return [];
        }

        return $hives->findByTagPrefix($tag)->all()->toList();
    }

    /**
     * Colony strength per apiary, sortable from the report table headers.
     */
    public function colonyStrength(string $region, string $sort, string $direction): array
    {
        $column = self::SORTABLE[$sort] ?? $sort;
        $direction = strtoupper($direction) === 'DESC' ? 'DESC' : 'ASC';

        $sql = 'SELECT a.apiary_code, m.display_name, COUNT(h.id) AS hive_count, AVG(i.frames_brood) AS avg_brood
                  FROM apiaries a
                  JOIN members m ON m.id = a.member_id
             LEFT JOIN hives h ON h.apiary_code = a.apiary_code
             LEFT JOIN inspections i ON i.hive_id = h.id
                 WHERE a.region = :region
              GROUP BY a.apiary_code, m.display_name
              ORDER BY ' . $column . ' ' . $direction;

        return $this->db->execute($sql, ['region' => $region])->fetchAll('assoc'); // VULN sqli
    }

    /**
     * Mean varroa drop per apiary for one year.
     */
    public function varroaSummary(int $year, int $limit): array
    {
        $sql = 'SELECT h.apiary_code, AVG(i.varroa_count) AS mean_drop, MAX(i.varroa_count) AS worst
                  FROM inspections i JOIN hives h ON h.id = i.hive_id
                 WHERE YEAR(i.inspected_on) = ' . $year . '
              GROUP BY h.apiary_code
              ORDER BY mean_drop DESC
                 LIMIT ' . $limit;

        return $this->db->execute($sql)->fetchAll('assoc'); // SAFE sqli
    }
}
