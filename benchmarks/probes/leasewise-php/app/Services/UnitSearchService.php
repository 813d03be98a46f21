<?php

namespace App\Services;

use App\Repositories\UnitRepository;
use Illuminate\Contracts\Pagination\LengthAwarePaginator;

class UnitSearchService
{
    private const DEFAULT_SORT = 'units.rent_cents';

    public function __construct(private readonly UnitRepository $units) {}

    public function search(array $filters, int $perPage = 25): LengthAwarePaginator
    {
        $perPage = max(5, min($perPage, 100));

        $sort = $filters['sort'] ?? self::DEFAULT_SORT;
        $direction = ($filters['direction'] ?? 'asc') === 'desc' ? 'desc' : 'asc';

        return $this->units->paginateListings($filters, $sort, $direction, $perPage);
    }

    public function occupancySummary(int $ownerId): array
    {
        return $this->units->occupancyByProperty($ownerId)
            ->map(fn ($row) => [
                'property_id' => (int) $row->property_id,
                'total' => (int) $row->total,
                'occupied' => (int) $row->occupied,
                'rate' => $row->total > 0 ? round($row->occupied / $row->total, 3) : 0.0,
            ])
            ->all();
    }
}
