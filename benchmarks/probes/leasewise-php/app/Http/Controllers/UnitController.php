<?php

namespace App\Http\Controllers;

use App\Http\Requests\SearchUnitsRequest;
use App\Models\Unit;
use App\Services\UnitSearchService;
use Illuminate\Http\JsonResponse;

class UnitController extends Controller
{
    public function __construct(private readonly UnitSearchService $search) {}

    public function index(SearchUnitsRequest $request)
    {
        $units = $this->search->search($request->validated(), (int) $request->query('per_page', 25));

        if ($request->wantsJson()) {
            return response()->json($units);
        }

        return view('units.index', [
            'units' => $units,
            'filters' => $request->validated(),
        ]);
    }

    public function show(Unit $unit): JsonResponse
    {
        $unit->load(['property', 'leases' => fn ($q) => $q->latest('starts_on')->limit(5), 'leases.tenant']);

        return response()->json($unit);
    }
}
