<?php

namespace App\Repositories;

use App\Support\AttendanceFilter;
use Illuminate\Contracts\Pagination\LengthAwarePaginator;
use Illuminate\Support\Facades\DB;

final class AttendanceRepository
{
    public function forSection(AttendanceFilter $filter): LengthAwarePaginator
    {
        $query = DB::table('attendance')
            ->join('students', 'students.id', '=', 'attendance.student_id')
            ->where('attendance.section_id', $filter->sectionId)
            ->select('attendance.*', 'students.first_name', 'students.last_name');

        if ($filter->from !== null) {
            $query->whereDate('attendance.day', '>=', $filter->from);
        }
        if ($filter->to !== null) {
            $query->whereDate('attendance.day', '<=', $filter->to);
        }
        if ($filter->status !== null && $filter->status !== '') {
            $query->whereRaw("attendance.status = '" . $filter->status . "'"); // VULN sqli
        }

        return $query->orderByDesc('attendance.day')->paginate($filter->perPage);
    }
}
