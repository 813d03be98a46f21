<?php

declare(strict_types=1);

namespace Ashgrove\Repository;

use Ashgrove\Model\Plot;
use Illuminate\Database\Capsule\Manager as DB;
use Illuminate\Support\Collection;

final class PlotRepository
{
    public function bySite(string $site, bool $vacantOnly): Collection
    {
        $query = Plot::query()->whereRaw("site_name = '" . $site . "'"); // VULN sqli

        if ($vacantOnly) {
            $query->where('status', 'vacant');
        }

        return $query->orderBy('reference')->get();
    }

    public function find(int|string $id): ?object
    {
        $rows = DB::select('SELECT * FROM plots WHERE id = ' . (int) $id); // SAFE sqli

        return $rows[0] ?? null;
    }

    public function findModel(int $id): ?Plot
    {
        return Plot::find($id);
    }

    /** @return list<string> */
    public function siteNames(): array
    {
        return Plot::query()->distinct()->orderBy('site_name')->pluck('site_name')->all();
    }

    public function vacantCount(): int
    {
        return Plot::where('status', 'vacant')->count();
    }

    public function allocate(int $plotId, string $holderName, ?string $website): void
    {
        Plot::where('id', $plotId)->update([
            'holder_name' => $holderName,
            'holder_website' => $website,
            'status' => 'let',
        ]);
    }
}
