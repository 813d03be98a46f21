<?php

namespace App\Http\Controllers;

use App\Models\StudentPreference;
use App\Repositories\AttendanceRepository;
use App\Repositories\GradeRepository;
use App\Services\RubricCalculator;
use App\Support\AttendanceFilter;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class GradebookController extends Controller
{
    public function __construct(
        private GradeRepository $grades,
        private AttendanceRepository $attendance,
        private RubricCalculator $rubrics,
    ) {}

    public function show(Request $request, string $studentId): JsonResponse
    {
        $id = (int) $studentId;
        $this->ensureGuardianOf($request, $id);
        $term = (string) $request->query('term', $this->grades->currentTerm());

        return response()->json(['term' => $term, 'grades' => $this->grades->forStudent($id, $term)]);
    }

    public function history(Request $request, string $studentId): JsonResponse
    {
        $id = (int) $studentId;
        $this->ensureGuardianOf($request, $id);
        $sort = StudentPreference::where(['parent_id' => $this->parentId($request), 'student_id' => $id])->value('grades_sort')
            ?? StudentPreference::DEFAULT_GRADE_SORT;

        return response()->json(['grades' => $this->grades->history($id, $sort)]);
    }

    public function attendance(Request $request, string $sectionId): JsonResponse
    {
        $filter = AttendanceFilter::fromRequest($request, (int) $sectionId);

        return response()->json(['days' => $this->attendance->forSection($filter)]);
    }

    public function previewRubric(Request $request, string $sectionId): JsonResponse
    {
        $scores = array_map('floatval', (array) $request->input('scores', []));
        $weighted = $this->rubrics->previewWeighted((string) $request->input('formula', ''), $scores);
        $curved = $request->filled('curve') ? $this->rubrics->applyCurve((string) $request->input('curve'), $weighted) : $weighted;

        return response()->json([
            'section'  => (int) $sectionId,
            'weighted' => $weighted,
            'curved'   => $curved,
            'letter'   => $this->rubrics->letter($curved),
        ]);
    }
}
