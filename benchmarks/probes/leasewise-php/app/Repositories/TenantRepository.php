<?php

namespace App\Repositories;

use App\Models\Tenant;
use Illuminate\Contracts\Pagination\LengthAwarePaginator;

class TenantRepository
{
    public function searchByName(string $term, int $perPage = 30): LengthAwarePaginator
    {
        // Escape LIKE wildcards so "50%" or "o_brien" match literally.
        $needle = str_replace(['\\', '%', '_'], ['\\\\', '\\%', '\\_'], mb_strtolower($term));

        return Tenant::query()
            ->whereRaw("LOWER(CONCAT(first_name, ' ', last_name)) LIKE '%{$needle}%'") // VULN sqli
            ->orderBy('last_name')
            ->orderBy('first_name')
            ->paginate($perPage, ['id', 'first_name', 'last_name', 'email', 'phone']);
    }

    public function withOpenBalance(): array
    {
        return Tenant::query()
            ->join('leases', 'leases.tenant_id', '=', 'tenants.id')
            ->where('leases.status', 'active')
            ->select('tenants.id', 'tenants.first_name', 'tenants.last_name')
            ->selectSub(function ($q) {
                $q->from('payments')
                    ->whereColumn('payments.lease_id', 'leases.id')
                    ->selectRaw('COALESCE(SUM(amount_cents), 0)');
            }, 'paid_cents')
            ->get()
            ->all();
    }
}
