<?php

namespace App\Http\Controllers;

use App\Models\Ring;
use App\Models\Show;
use App\Services\JudgeDirectory;
use App\Services\ScoringService;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use InvalidArgumentException;

class RingController
{
    private const DEFAULT_TIE_BREAK = '{points} * 100 + {presentation}';

    public function __construct(
        private readonly JudgeDirectory $judges,
        private readonly ScoringService $scoring,
    ) {
    }

    public function index(Show $show): JsonResponse
    {
        $rings = $show->rings()->with(['entries.dog:id,registered_name', 'entries.breedClass:id,class_code'])->orderBy('number')->get();

        return response()->json(['show' => $show->name, 'rings' => $rings->map(fn (Ring $ring) => [
            'number' => $ring->number,
            'judge' => $ring->judge_name,
            'starts_at' => $ring->starts_at,
            'entries' => $ring->entries->sortBy('ring_number')->values()->map(fn ($entry) => [
                'ring_number' => $entry->ring_number,
                'dog' => $entry->dog->registered_name,
                'class' => $entry->breedClass->class_code,
            ]),
        ])]);
    }

    public function judgeLookup(Request $request, Ring $ring): JsonResponse
    {
        $uid = (string) $request->query('uid', $ring->judge_uid ?? '');
        $judge = $this->judges->findByUid($uid);

        return $judge === null
            ? response()->json(['message' => 'Judge not found in the Kennel Club directory.'], 404)
            : response()->json(['judge' => $judge]);
    }

    public function judgeSearch(Request $request, Ring $ring): JsonResponse
    {
        $data = $request->validate([
            'name' => ['required', 'string', 'min:2', 'max:60'],
            'breed' => ['required', 'string', 'max:10'],
        ]);

        return response()->json(['judges' => $this->judges->searchByName($data['name'], $data['breed'])]);
    }

    /**
     * Steward submits marks from the ring; the ring formula can be updated in the
     * same request when the class changes.
     */
    public function score(Request $request, Ring $ring): JsonResponse
    {
        abort_unless($request->user()->isSecretary(), 403);

        if ($request->filled('formula')) {
            $ring->forceFill(['scoring_formula' => (string) $request->input('formula')])->save();
        }

        $marks = array_map('floatval', (array) $request->input('marks', []));

        try {
            $score = $this->scoring->ringScore($ring, $marks);
            $tie = $this->scoring->tieBreak((string) $request->input('tie_break', self::DEFAULT_TIE_BREAK), $marks);
        } catch (InvalidArgumentException $e) {
            return response()->json(['message' => $e->getMessage()], 422);
        }

        return response()->json(['score' => $score, 'tie_break' => $tie]);
    }
}
