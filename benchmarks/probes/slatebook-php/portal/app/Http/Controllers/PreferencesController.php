<?php

namespace App\Http\Controllers;

use App\Models\StudentPreference;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Validation\Rule;

class PreferencesController extends Controller
{
    public function updateSort(Request $request): JsonResponse
    {
        $data = $request->validate([
            'student_id' => ['required', 'integer'],
            'sort'       => ['required', 'string', Rule::in(StudentPreference::GRADE_SORT_COLUMNS)],
        ]);
        $this->ensureGuardianOf($request, (int) $data['student_id']);

        StudentPreference::updateOrCreate(
            ['parent_id' => $this->parentId($request), 'student_id' => (int) $data['student_id']],
            ['grades_sort' => $data['sort']]
        );

        return response()->json(['saved' => true]);
    }
}
