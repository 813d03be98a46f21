<?php

namespace App\Http\Controllers;

use App\DTO\ExportOptions;
use App\Jobs\NotifyKennelJob;
use App\Models\Entry;
use App\Models\Show;
use App\Repositories\ResultRepository;
use App\Services\ReportExporter;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\View\View;
use InvalidArgumentException;

class ResultController
{
    public function __construct(private readonly ResultRepository $results)
    {
    }

    public function index(Request $request, Show $show): View
    {
        $sort = (string) $request->query('sort', 'placing');
        $direction = (string) $request->query('dir', 'asc');
        $metric = (string) $request->query('leaderboard', 'points');

        try {
            $leaderboard = $this->results->leaderboard($show->id, $metric);
        } catch (InvalidArgumentException) {
            $leaderboard = $this->results->leaderboard($show->id, 'points');
        }

        return view('results.index', [
            'show' => $show,
            'results' => $this->results->forShow($show->id, $sort, $direction),
            'leaderboard' => $leaderboard,
            'sort' => $sort,
        ]);
    }

    public function store(Request $request, Show $show): RedirectResponse
    {
        abort_unless($request->user()->isSecretary(), 403);

        $data = $request->validate([
            'entry_id' => ['required', 'integer'],
            'placing' => ['required', 'integer', 'between:1,7'],
            'award' => ['nullable', 'string', 'max:40'],
            'points' => ['nullable', 'integer', 'min:0'],
            'critique' => ['nullable', 'string', 'max:4000'],
            'steward_notes' => ['nullable', 'string', 'max:1000'],
        ]);
        $entry = Entry::where('show_id', $show->id)->with(['dog.kennel', 'breedClass'])->findOrFail($data['entry_id']);

        $result = $this->results->record($entry->id, [
            'placing' => $data['placing'],
            'award' => $data['award'] ?? null,
            'points' => $data['points'] ?? 0,
            'critique' => $data['critique'] ?? null,
            'steward_notes' => $data['steward_notes'] ?? null,
        ]);

        if ($entry->dog->kennel !== null) {
            NotifyKennelJob::dispatch($entry->dog->kennel->id, [
                'show' => $show->name,
                'dog' => $entry->dog->registered_name,
                'class' => $entry->breedClass->name,
                'placing' => $result->placing,
                'award' => $result->award,
            ]);
        }

        return redirect()->route('results.index', $show)->with('status', 'Result recorded.');
    }

    public function export(Request $request, Show $show, ReportExporter $exporter): RedirectResponse
    {
        abort_unless($request->user()->isSecretary(), 403);

        $path = $exporter->resultsCsv(ExportOptions::fromQuery($show->id, $request->query()));

        return redirect()->route('results.index', $show)
            ->with('status', 'Export ready.')
            ->with('export_file', basename($path));
    }

    public function byBreed(Request $request, string $show): JsonResponse
    {
        abort_unless(ctype_digit($show), 404);

        $breed = (string) $request->query('breed', '');
        if ($breed === '') {
            return response()->json(['message' => 'Choose a breed.'], 422);
        }

        return response()->json(['results' => $this->results->byBreed($show, $breed)]);
    }
}
