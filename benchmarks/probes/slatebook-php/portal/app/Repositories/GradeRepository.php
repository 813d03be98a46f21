<?php

namespace App\Repositories;

use App\Models\Grade;
use Illuminate\Support\Collection;
use Illuminate\Support\Facades\DB;

final class GradeRepository
{
    public function forStudent(int $studentId, string $term): array
    {
        return DB::select( // SAFE sqli
            'SELECT g.id, c.code, c.title AS course, g.score, g.letter, g.teacher_comment, g.updated_at
               FROM grades g JOIN courses c ON c.id = g.course_id
              WHERE g.student_id = ? AND g.term = ? AND g.published = 1
              ORDER BY c.title',
            [$studentId, $term]
        );
    }

    /**
     * @param string $sortColumn value stored in student_preferences.grades_sort
     */
    public function history(int $studentId, string $sortColumn): Collection
    {
        return Grade::query()
            ->join('courses', 'courses.id', '=', 'grades.course_id')
            ->where('grades.student_id', $studentId)
            ->where('grades.published', true)
            ->select('grades.*', 'courses.title')
            ->orderByRaw($sortColumn . ' DESC') // SAFE sqli
            ->get();
    }

    public function currentTerm(): string
    {
        return (string) DB::table('terms')->where('starts_on', '<=', now())->orderByDesc('starts_on')->value('code');
    }
}
