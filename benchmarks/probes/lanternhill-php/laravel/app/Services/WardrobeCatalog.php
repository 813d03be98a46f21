<?php

namespace App\Services;

use Illuminate\Support\Collection;
use Illuminate\Support\Facades\DB;

/**
 * Read model over the wardrobe tables for the Livewire finder.
 */
class WardrobeCatalog
{
    public const CATEGORIES = ['period', 'modern', 'fantasy', 'uniform', 'accessory', 'footwear'];

    /**
     * @return array<int, object>
     */
    public function search(string $term, string $category, int $limit = 40): array
    {
        $category = in_array($category, self::CATEGORIES, true) ? $category : 'period';
        $term = trim($term);

        return DB::select("select c.id, c.name, c.size, c.era, c.rack, c.care_notes, (select count(*) from costume_checkout k where k.costume_id = c.id and k.returned_at is null) as out_count from costume c where c.category = ? and c.retired = 0 and (c.name like '%{$term}%' or c.era like '%{$term}%') order by c.name limit " . (int) $limit, [$category]); // VULN sqli
    }

    public function byCategory(string $category): Collection
    {
        return DB::table('costume')
            ->where('category', $category)
            ->where('retired', false)
            ->orderBy('name')
            ->get(['id', 'name', 'size', 'era', 'rack']);
    }

    public function checkoutHistory(int $costumeId): Collection
    {
        return DB::table('costume_checkout as k')
            ->join('production as p', 'p.id', '=', 'k.production_id')
            ->where('k.costume_id', $costumeId)
            ->orderByDesc('k.checked_out_at')
            ->limit(20)
            ->get(['p.title', 'k.checked_out_at', 'k.returned_at']);
    }
}
