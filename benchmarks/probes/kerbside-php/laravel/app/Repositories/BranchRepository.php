<?php

namespace App\Repositories;

use App\Models\Branch;
use Illuminate\Support\Facades\DB;

class BranchRepository
{
    public function regionalUtilisation(Branch $branch): array
    {
        $region = $branch->region->value;

        return DB::select("SELECT b.code, b.name, COUNT(r.id) AS bookings FROM branches b LEFT JOIN reservations r ON r.pickup_branch = b.code AND r.status <> 'cancelled' WHERE b.region = '{$region}' GROUP BY b.code, b.name ORDER BY bookings DESC"); // SAFE sqli
    }

    public function statsFor(Branch $branch): array
    {
        return [
            'vehicles' => DB::table('vehicles')->where('branch_code', $branch->code)->where('active', true)->count(),
            'reservations' => DB::table('reservations')->where('pickup_branch', $branch->code)->where('pickup_at', '>=', now()->startOfMonth())->count(),
        ];
    }
}
