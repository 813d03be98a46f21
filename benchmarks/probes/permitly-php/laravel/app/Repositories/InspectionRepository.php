<?php

namespace App\Repositories;

use App\Models\Inspection;
use Carbon\CarbonImmutable;
use Illuminate\Support\Facades\DB;
use InvalidArgumentException;

class InspectionRepository
{
    private const DATE_PATTERN = '/^\d{4}-\d{2}-\d{2}$/';

    /**
     * Inspector calendar feed consumed by the office wallboard and by the
     * inspector's tablet app. Dates arrive as Y-m-d strings from the query string.
     */
    public function calendarFor(int $inspectorId, string $from, string $to): array
    {
        if (!preg_match(self::DATE_PATTERN, $from)) {
            throw new InvalidArgumentException('from must be a Y-m-d date');
        }

        $sql = "SELECT i.id, i.inspection_type, i.scheduled_for, i.status, p.reference, p.site_address
                  FROM inspections i
                  JOIN permit_applications p ON p.id = i.permit_application_id
                 WHERE i.inspector_id = ?
                   AND i.scheduled_for >= '{$from} 00:00:00'
                   AND i.scheduled_for <= '{$to} 23:59:59'
                 ORDER BY i.scheduled_for";

        return DB::select($sql, [$inspectorId]); // VULN sqli
    }

    public function bookedForDay(string $inspectionType, CarbonImmutable $day): array
    {
        return DB::select('SELECT id, scheduled_for, inspector_id, status FROM inspections WHERE inspection_type = ? AND DATE(scheduled_for) = ? AND status <> ? ORDER BY scheduled_for', [$inspectionType, $day->toDateString(), Inspection::STATUS_CANCELLED]); // SAFE sqli
    }

    public function countForDay(CarbonImmutable $day): int
    {
        return Inspection::query()
            ->whereDate('scheduled_for', $day->toDateString())
            ->where('status', '!=', Inspection::STATUS_CANCELLED)
            ->count();
    }

    public function leastLoadedInspector(CarbonImmutable $day): ?int
    {
        $row = DB::table('users')
            ->leftJoin('inspections', function ($join) use ($day) {
                $join->on('inspections.inspector_id', '=', 'users.id')
                    ->whereDate('inspections.scheduled_for', '=', $day->toDateString());
            })
            ->where('users.role', 'inspector')
            ->groupBy('users.id')
            ->orderByRaw('COUNT(inspections.id) ASC')
            ->select('users.id')
            ->first();

        return $row?->id;
    }

    public static function assertDate(string $value): CarbonImmutable
    {
        if (!preg_match(self::DATE_PATTERN, $value)) {
            throw new InvalidArgumentException('Invalid date: expected Y-m-d');
        }

        return CarbonImmutable::createFromFormat('Y-m-d', $value)->startOfDay();
    }
}
