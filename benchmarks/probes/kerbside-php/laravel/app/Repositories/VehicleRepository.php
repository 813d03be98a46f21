<?php

namespace App\Repositories;

use App\Models\Vehicle;
use Illuminate\Support\Collection;
use Illuminate\Support\Facades\DB;

class VehicleRepository
{
    private const SORTABLE = [
        'plate' => 'vehicles.plate',
        'rate' => 'vehicles.daily_rate',
        'mileage' => 'vehicles.odometer_km',
        'model' => 'vehicles.model',
    ];

    public function search(array $filters): Collection
    {
        $query = Vehicle::query()->where('active', true);
        if (!empty($filters['branch'])) {
            $query->where('branch_code', $filters['branch']);
        }
        if (!empty($filters['class'])) {
            $query->where('class', $filters['class']);
        }
        if (is_numeric($filters['max_rate'] ?? null)) {
            $query->where('daily_rate', '<=', (float) $filters['max_rate']);
        }

        $column = self::SORTABLE[$filters['sort'] ?? 'plate'] ?? self::SORTABLE['plate'];
        $direction = strtolower((string) ($filters['dir'] ?? 'asc')) === 'desc' ? 'DESC' : 'ASC';
        return $query->orderByRaw($column . ' ' . $direction)->get(); // SAFE sqli
    }

    public function mileageSummary(array $options): Collection
    {
        $query = DB::table('vehicles')
            ->selectRaw('model, COUNT(*) AS units, SUM(odometer_km) AS total_km')
            ->where('active', true)
            ->groupBy('model');
        if ($options['branch'] !== '') {
            $query->whereRaw('branch_code = ?', [$options['branch']]); // SAFE sqli
        }

        return $query->havingRaw('SUM(odometer_km) > ' . $options['min_km'])->orderByDesc('total_km')->get(); // VULN sqli
    }
}
