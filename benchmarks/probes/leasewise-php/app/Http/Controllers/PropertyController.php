<?php

namespace App\Http\Controllers;

use App\Http\Requests\UpdateFeeRuleRequest;
use App\Jobs\FetchListingPhoto;
use App\Models\Property;
use App\Services\LateFeeCalculator;
use App\Services\ListingImporter;
use App\Support\Money;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use InvalidArgumentException;

class PropertyController extends Controller
{
    public function __construct(
        private readonly LateFeeCalculator $fees,
        private readonly ListingImporter $listings,
    ) {}

    public function updateFeeRule(UpdateFeeRuleRequest $request, Property $property): JsonResponse
    {
        $property->update([
            'late_fee_formula' => $request->validated('formula'),
            'grace_days' => $request->validated('grace_days', $property->grace_days),
        ]);

        return response()->json(['saved' => true]);
    }

    public function previewFeeRule(UpdateFeeRuleRequest $request, Property $property): JsonResponse
    {
        $sample = $request->input('sample', [
            'rent' => 1500,
            'days_late' => 5,
            'balance' => 1500,
            'grace_days' => $property->grace_days,
        ]);

        $feeCents = $this->fees->preview($request->validated('formula'), is_array($sample) ? $sample : []);

        return response()->json(['fee_cents' => $feeCents, 'formatted' => Money::format($feeCents)]);
    }

    public function importPhoto(Request $request, Property $property): JsonResponse
    {
        $data = $request->validate([
            'url' => ['required', 'url', 'max:2048'],
            'caption' => ['nullable', 'string', 'max:140'],
        ]);

        FetchListingPhoto::dispatch($property->id, $data['url'], $data['caption'] ?? null);

        return response()->json(['queued' => true], 202);
    }

    public function importListing(Request $request, Property $property): JsonResponse
    {
        $data = $request->validate(['feed_url' => ['required', 'string', 'max:2048']]);

        try {
            $count = $this->listings->import($property, $data['feed_url']);
        } catch (InvalidArgumentException $e) {
            return response()->json(['message' => $e->getMessage()], 422);
        }

        return response()->json(['imported' => $count]);
    }
}
