<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class StudentPreference extends Model
{
    public const GRADE_SORT_COLUMNS = ['courses.title', 'grades.score', 'grades.updated_at', 'grades.term'];
    public const DEFAULT_GRADE_SORT = 'grades.updated_at';

    protected $table = 'student_preferences';
    protected $fillable = ['parent_id', 'student_id', 'grades_sort'];
}
