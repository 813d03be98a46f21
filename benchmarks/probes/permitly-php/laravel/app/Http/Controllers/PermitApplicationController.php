<?php

namespace App\Http\Controllers;

use App\DTO\PermitSearchCriteria;
use App\Http\Requests\StorePermitApplicationRequest;
use App\Models\PermitApplication;
use App\Repositories\PermitSearchRepository;
use App\Services\DocumentStorageService;
use App\Services\PermitService;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\View\View;

class PermitApplicationController
{
    public function __construct(
        private readonly PermitService $permits,
        private readonly PermitSearchRepository $repository,
        private readonly DocumentStorageService $documents,
    ) {
    }

    public function index(Request $request): JsonResponse
    {
        $criteria = PermitSearchCriteria::fromRequest($request);

        if ($request->attributes->has('api_contractor_id')) {
            $criteria = new PermitSearchCriteria(
                $criteria->parcelNumber,
                $criteria->status,
                $criteria->workType,
                $criteria->applicant,
                $criteria->sort,
                $criteria->direction,
                $criteria->perPage,
                $request->attributes->get('api_contractor_id'),
            );
        }

        $page = $this->permits->search($criteria);

        return response()->json([
            'data' => $page->items(),
            'meta' => [
                'total' => $page->total(),
                'page' => $page->currentPage(),
                'per_page' => $page->perPage(),
                'status_counts' => $this->repository->countsByStatus($criteria->contractorId),
            ],
        ]);
    }

    public function store(StorePermitApplicationRequest $request): RedirectResponse
    {
        $contractor = $request->user()->contractor_id ? \App\Models\Contractor::find($request->user()->contractor_id) : null;

        $permit = $this->permits->submit($request->validated(), $contractor);

        return redirect()
            ->route('permits.show', $permit)
            ->with('status', "Application {$permit->reference} submitted.");
    }

    public function show(Request $request, PermitApplication $permit): View
    {
        $this->authorizeView($request, $permit);

        return view('permits.show', [
            'permit' => $permit->load(['contractor', 'inspections', 'feeStatements']),
            'documents' => $this->documents->listFor($permit),
            'draft' => $permit->isEditable() ? $this->permits->encodeDraft($permit->toArray()) : null,
        ]);
    }

    public function showJson(Request $request, PermitApplication $permit): JsonResponse
    {
        $contractorId = $request->attributes->get('api_contractor_id');
        if ($contractorId !== null && (int) $permit->contractor_id !== (int) $contractorId) {
            abort(404);
        }

        return response()->json($permit->load('inspections:id,permit_application_id,inspection_type,scheduled_for,status'));
    }

    public function restoreDraft(Request $request): RedirectResponse
    {
        $request->validate(['draft' => ['required', 'string', 'max:20000']]);

        $fields = $this->permits->restoreDraft($request->input('draft'));

        return back()->withInput($fields)->with('status', 'Draft restored. Review and submit when ready.');
    }

    private function authorizeView(Request $request, PermitApplication $permit): void
    {
        $user = $request->user();
        if ($user->isStaff()) {
            return;
        }

        abort_unless($user->contractor_id !== null && (int) $user->contractor_id === (int) $permit->contractor_id, 404);
    }
}
