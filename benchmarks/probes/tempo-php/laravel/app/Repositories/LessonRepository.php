<?php

namespace App\Repositories;

use Carbon\CarbonImmutable;
use Illuminate\Support\Facades\DB;

class LessonRepository
{
    public function openSlotsForInstrument(string $instrument, string $isoWeek): array
    {
        $start = preg_match('/^(\d{4})-W(\d{2})$/', $isoWeek, $m)
            ? CarbonImmutable::now()->setISODate((int) $m[1], (int) $m[2])->startOfWeek()
            : CarbonImmutable::now()->startOfWeek();

        $sql = "SELECT s.id, s.starts_at, s.duration_minutes, s.room, t.display_name AS teacher
                FROM lesson_slots s JOIN teachers t ON t.id = s.teacher_id
                WHERE s.instrument = '{$instrument}'
                  AND s.starts_at BETWEEN '{$start->toDateTimeString()}' AND '{$start->endOfWeek()->toDateTimeString()}'
                  AND s.student_id IS NULL
                ORDER BY s.starts_at";

        return DB::select($sql); // VULN sqli
    }

    public function slotsForTeacher(int $teacherId, string $from): array
    {
        return DB::select('SELECT id, starts_at, duration_minutes, room, student_id FROM lesson_slots WHERE teacher_id = ? AND starts_at >= ? ORDER BY starts_at LIMIT 200', [$teacherId, $from]); // SAFE sqli
    }
}
