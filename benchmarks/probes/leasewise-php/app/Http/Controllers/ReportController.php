<?php

namespace App\Http\Controllers;

use App\Jobs\RecalculateArrears;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Carbon;
use Illuminate\Support\Facades\DB;

class ReportController extends Controller
{
    private const GROUPINGS = [
        'property' => 'u.property_id',
        'unit' => 'l.unit_id',
        'tenant' => 'l.tenant_id',
        'month' => "DATE_FORMAT(l.starts_on, '%Y-%m')",
    ];

    public function arrears(Request $request): JsonResponse
    {
        $data = $request->validate([
            'as_of' => ['required', 'date'],
            'property_ids' => ['sometimes', 'array'],
            'property_ids.*' => ['integer'],
            'group_by' => ['nullable', 'string', 'max:64'],
        ]);

        $grouping = $data['group_by'] ?? 'property';

        RecalculateArrears::dispatch(
            $request->user()->id,
            Carbon::parse($data['as_of'])->toDateString(),
            array_map('intval', $data['property_ids'] ?? []),
            self::GROUPINGS[$grouping] ?? $grouping,
        );

        return response()->json(['queued' => true], 202);
    }

    public function arrearsResult(Request $request): JsonResponse
    {
        $rows = DB::table('arrears_snapshots')
            ->where('requested_by', $request->user()->id)
            ->orderByDesc('balance_cents')
            ->get(['bucket', 'billed_cents', 'paid_cents', 'balance_cents', 'as_of']);

        return response()->json(['data' => $rows]);
    }
}
