<?php

namespace App\Repositories;

use App\Models\Student;
use App\Support\StudentFilter;
use Illuminate\Contracts\Pagination\LengthAwarePaginator;

class StudentRepository
{
    public function paginate(StudentFilter $filter, int $perPage = 25): LengthAwarePaginator
    {
        $query = Student::query()->withCount('lessons')->where('active', true);

        if ($filter->instrument !== null) {
            $query->where('instrument', $filter->instrument);
        }

        $query->orderBy($filter->sortColumn, $filter->direction); // SAFE sqli

        if ($filter->thenBy !== null) {
            $query->orderByRaw($filter->thenBy); // VULN sqli
        }

        return $query->paginate($perPage)->withQueryString();
    }
}
