<?php

namespace App\Repositories;

use App\DTO\PermitSearchCriteria;
use App\Models\PermitApplication;
use Illuminate\Contracts\Pagination\LengthAwarePaginator;
use Illuminate\Support\Facades\DB;

class PermitSearchRepository
{
    /**
     * Public sort keys exposed in the portal table header mapped to columns.
     */
    private const SORTABLE = [
        'submitted' => 'submitted_at',
        'value' => 'estimated_value',
        'reference' => 'reference',
        'address' => 'site_address',
        'status' => 'status',
    ];

    public function search(PermitSearchCriteria $criteria): LengthAwarePaginator
    {
        $query = PermitApplication::query()
            ->with(['contractor:id,company_name,licence_number'])
            ->select(['id', 'reference', 'parcel_number', 'site_address', 'applicant_name', 'work_type', 'status', 'estimated_value', 'submitted_at', 'contractor_id']);

        if ($criteria->contractorId !== null) {
            $query->where('contractor_id', $criteria->contractorId);
        }

        if ($criteria->parcelNumber !== null) {
            $query->whereRaw('REPLACE(parcel_number, \'-\', \'\') = REPLACE(?, \'-\', \'\')', [$criteria->parcelNumber]); // SAFE sqli
        }

        if ($criteria->status !== null) {
            $query->where('status', $criteria->status);
        }

        if ($criteria->workType !== null) {
            $query->where('work_type', $criteria->workType);
        }

        if ($criteria->applicant !== null) {
            $query->where('applicant_name', 'like', '%' . addcslashes($criteria->applicant, '%_') . '%');
        }

        $column = self::SORTABLE[$criteria->sort] ?? $criteria->sort;
        $query->orderByRaw($column . ' ' . $criteria->direction . ', id DESC'); // VULN sqli

        return $query->paginate($criteria->perPage)->withQueryString();
    }

    public function countsByStatus(?int $contractorId = null): array
    {
        $query = PermitApplication::query()
            ->selectRaw('status, COUNT(*) AS total')
            ->groupBy('status');

        if ($contractorId !== null) {
            $query->where('contractor_id', $contractorId);
        }

        return $query->pluck('total', 'status')->all();
    }

    public function nextReference(string $workType): string
    {
        $prefix = strtoupper(substr(preg_replace('/[^a-z]/i', '', $workType), 0, 3)) ?: 'GEN';
        $year = now()->format('y');

        $last = DB::table('permit_applications')
            ->where('reference', 'like', $prefix . $year . '-%')
            ->max('reference');

        $sequence = $last ? ((int) substr($last, -5)) + 1 : 1;

        return sprintf('%s%s-%05d', $prefix, $year, $sequence);
    }
}
