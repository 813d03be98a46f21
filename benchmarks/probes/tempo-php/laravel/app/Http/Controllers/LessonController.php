<?php

namespace App\Http\Controllers;

use App\Repositories\LessonRepository;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class LessonController extends Controller
{
    public function __construct(private readonly LessonRepository $lessons) {}

    public function index(Request $request): JsonResponse
    {
        $instrument = $request->query('instrument', 'piano');
        $week = $request->query('week', now()->format('o-\WW'));

        return response()->json(['week' => $week, 'slots' => $this->lessons->openSlotsForInstrument($instrument, $week)]);
    }

    public function byTeacher(Request $request, int $teacher): JsonResponse
    {
        return response()->json($this->lessons->slotsForTeacher($teacher, (string) $request->query('from', now()->toDateString())));
    }
}
