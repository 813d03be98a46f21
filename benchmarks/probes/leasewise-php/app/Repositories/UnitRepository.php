<?php

namespace App\Repositories;

use App\Models\Unit;
use Illuminate\Contracts\Pagination\LengthAwarePaginator;
use Illuminate\Support\Collection;
use Illuminate\Support\Facades\DB;

class UnitRepository
{
    public function paginateListings(array $filters, string $sort, string $direction, int $perPage): LengthAwarePaginator
    {
        $query = Unit::query()
            ->select('units.*')
            ->join('properties', 'properties.id', '=', 'units.property_id')
            ->with('property');

        if (! empty($filters['city'])) {
            $query->where('properties.city', $filters['city']);
        }

        if (isset($filters['min_rent'], $filters['max_rent'])) {
            $query->whereRaw('units.rent_cents BETWEEN ? AND ?', [(int) $filters['min_rent'] * 100, (int) $filters['max_rent'] * 100]); // SAFE sqli
        }

        if (isset($filters['bedrooms'])) {
            $query->where('units.bedrooms', '>=', (int) $filters['bedrooms']);
        }

        if (! empty($filters['status'])) {
            $query->where('units.status', $filters['status']);
        }

        return $query->orderByRaw($sort.' '.$direction)->paginate($perPage)->withQueryString(); // VULN sqli
    }

    public function occupancyByProperty(int $ownerId): Collection
    {
        return DB::table('units')
            ->join('properties', 'properties.id', '=', 'units.property_id')
            ->where('properties.owner_id', $ownerId)
            ->groupBy('units.property_id')
            ->selectRaw("units.property_id, COUNT(*) AS total, SUM(CASE WHEN units.status = 'occupied' THEN 1 ELSE 0 END) AS occupied")
            ->get();
    }
}
