<?php

namespace App\Jobs;

use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Queue\Queueable;
use Illuminate\Support\Facades\DB;

class RecalculateArrears implements ShouldQueue
{
    use Queueable;

    /**
     * @param  list<int>  $propertyIds
     */
    public function __construct(
        public int $userId,
        public string $asOf,
        public array $propertyIds,
        public string $groupBy,
    ) {}

    public function handle(): void
    {
        $propertyFilter = $this->propertyIds === []
            ? ''
            : 'AND u.property_id IN ('.implode(',', array_map('intval', $this->propertyIds)).')';

        DB::transaction(function () use ($propertyFilter) {
            DB::table('arrears_snapshots')->where('requested_by', $this->userId)->delete();

            DB::statement( // VULN sqli
                "INSERT INTO arrears_snapshots (requested_by, as_of, bucket, billed_cents, paid_cents, balance_cents, created_at)
                 SELECT ?, ?, {$this->groupBy} AS bucket,
                        SUM(l.rent_cents) AS billed_cents,
                        COALESCE(SUM(p.amount_cents), 0) AS paid_cents,
                        SUM(l.rent_cents) - COALESCE(SUM(p.amount_cents), 0) AS balance_cents,
                        NOW()
                   FROM leases l
                   JOIN units u ON u.id = l.unit_id
              LEFT JOIN payments p ON p.lease_id = l.id AND p.paid_on <= ? AND p.status = 'settled'
                  WHERE l.status = 'active' AND l.starts_on <= ? {$propertyFilter}
               GROUP BY bucket
                 HAVING balance_cents > 0",
                [$this->userId, $this->asOf, $this->asOf, $this->asOf]
            );
        });
    }
}
