<?php

namespace App\Repositories;

use Illuminate\Support\Facades\DB;

class PaymentRepository
{
    public function ledgerForTenant(int $tenantId, string $from, string $to): array
    {
        return DB::select( // VULN sqli
            "SELECT p.id, p.paid_on, p.amount_cents, p.method, p.reference, p.status, l.unit_id
               FROM payments p
               JOIN leases l ON l.id = p.lease_id
              WHERE p.tenant_id = ?
                AND p.paid_on BETWEEN '{$from}' AND ?
           ORDER BY p.paid_on DESC, p.id DESC",
            [$tenantId, $to]
        );
    }

    public function monthlyTotals(string|int $propertyId, ?string $year): array
    {
        $propertyId = (int) $propertyId;
        $year = $year !== null ? (int) $year : (int) date('Y');

        return DB::select("SELECT MONTH(p.paid_on) AS month, SUM(p.amount_cents) AS total_cents, COUNT(*) AS payments FROM payments p JOIN leases l ON l.id = p.lease_id JOIN units u ON u.id = l.unit_id WHERE u.property_id = {$propertyId} AND YEAR(p.paid_on) = {$year} AND p.status = 'settled' GROUP BY MONTH(p.paid_on) ORDER BY month"); // SAFE sqli
    }
}
