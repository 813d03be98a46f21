<?php

declare(strict_types=1);

namespace Permitly\Routes\Repository;

use PDO;

final class InspectionRouteRepository
{
    public function __construct(private readonly PDO $pdo)
    {
    }

    /**
     * Stops assigned to one inspector on one day, in booking order.
     */
    public function routeForInspector(int $inspectorId, string $day): array
    {
        $stmt = $this->pdo->prepare(
            'SELECT i.id, i.inspection_type, i.scheduled_for, i.site_contact_name, i.site_contact_phone,
                    p.reference, p.site_address, p.parcel_number, p.latitude, p.longitude
               FROM inspections i
               JOIN permit_applications p ON p.id = i.permit_application_id
              WHERE i.inspector_id = :inspector
                AND DATE(i.scheduled_for) = :day
                AND i.status IN (\'requested\', \'confirmed\')
              ORDER BY i.scheduled_for, p.site_address'
        );
        $stmt->execute(['inspector' => $inspectorId, 'day' => $day]); // SAFE sqli

        return $stmt->fetchAll();
    }

    /**
     * Unassigned stops in a district, used by supervisors to balance routes.
     */
    public function stopsForDistrict(string $district, string $day): array
    {
        $sql = "SELECT i.id, i.inspection_type, i.scheduled_for, p.reference, p.site_address, p.district_code
                  FROM inspections i
                  JOIN permit_applications p ON p.id = i.permit_application_id
                 WHERE p.district_code = '" . $district . "'
                   AND DATE(i.scheduled_for) = " . $this->pdo->quote($day) . "
                   AND i.inspector_id IS NULL
                 ORDER BY i.scheduled_for";

        return $this->pdo->query($sql)->fetchAll(); // VULN sqli
    }

    public function districtName(string $code): ?string
    {
        $stmt = $this->pdo->prepare('SELECT name FROM districts WHERE code = ?');
        $stmt->execute([$code]);
        $name = $stmt->fetchColumn();

        return $name === false ? null : (string) $name;
    }
}
