<?php

namespace App\Http\Controllers;

use App\Data\LeaseDocumentOptions;
use App\Jobs\GenerateLeasePdf;
use App\Models\Lease;
use App\Services\LeaseDraftService;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class LeaseController extends Controller
{
    public function __construct(private readonly LeaseDraftService $drafts) {}

    public function wizard(Request $request)
    {
        $draft = $request->filled('state')
            ? $this->drafts->restore((string) $request->input('state'))
            : $this->drafts->fresh();

        $draft = $this->drafts->applyStep(
            $draft,
            (string) $request->input('step', 'unit'),
            $request->except(['state', 'step', '_token']),
        );

        if ($draft->isComplete()) {
            $lease = $this->drafts->commit($draft);

            return redirect()->route('units.show', $lease->unit_id)->with('status', 'Lease created.');
        }

        return response()->json([
            'state' => $this->drafts->export($draft),
            'next' => $draft->nextStep(),
        ]);
    }

    public function generateDocument(Request $request, Lease $lease): JsonResponse
    {
        $validated = $request->validate([
            'title' => ['required', 'string', 'max:120'],
            'orientation' => ['nullable', 'in:Portrait,Landscape'],
            'include_addenda' => ['sometimes', 'boolean'],
        ]);

        GenerateLeasePdf::dispatch($lease->id, LeaseDocumentOptions::fromValidated($validated));

        return response()->json(['queued' => true], 202);
    }
}
