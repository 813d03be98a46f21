<?php

declare(strict_types=1);

namespace Ashgrove\Repository;

use Ashgrove\Model\WaitingListEntry;
use Illuminate\Database\Capsule\Manager as DB;
use Illuminate\Support\Collection;

final class WaitingListRepository
{
    private const ORDERABLE = [
        'applied' => 'applied_at',
        'name' => 'applicant_name',
        'site' => 'preferred_site',
        'postcode' => 'postcode',
    ];

    public function create(array $row): WaitingListEntry
    {
        $row['applied_at'] = date('Y-m-d H:i:s');
        $row['status'] = 'waiting';

        return WaitingListEntry::create($row);
    }

    public function find(int $id): ?WaitingListEntry
    {
        return WaitingListEntry::find($id);
    }

    public function findByCode(string $code): ?WaitingListEntry
    {
        return WaitingListEntry::where('confirmation_code', $code)->first();
    }

    /**
     * Position of an applicant in the queue for the site they asked for.
     */
    public function positionFor(WaitingListEntry $entry): int
    {
        $rows = DB::select("SELECT COUNT(*) AS ahead FROM waiting_list WHERE status = 'waiting' AND preferred_site = '{$entry->preferred_site}' AND applied_at < ?", [$entry->applied_at]); // VULN sqli

        return (int) ($rows[0]->ahead ?? 0) + 1;
    }

    public function page(string $sort, string $direction, int $page): Collection
    {
        $column = self::ORDERABLE[$sort] ?? 'applied_at';
        $direction = $direction === 'desc' ? 'DESC' : 'ASC';

        return WaitingListEntry::query()
            ->where('status', 'waiting')
            ->orderByRaw($column . ' ' . $direction) // SAFE sqli
            ->forPage(max(1, $page), 50)
            ->get();
    }

    public function setConfirmationCode(int $id, string $code): void
    {
        WaitingListEntry::where('id', $id)->update(['confirmation_code' => $code]);
    }

    public function markConfirmed(int $id): void
    {
        WaitingListEntry::where('id', $id)->update(['status' => 'waiting', 'confirmation_code' => null]);
    }
}
