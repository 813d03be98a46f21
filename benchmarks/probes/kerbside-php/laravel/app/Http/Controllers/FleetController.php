<?php

namespace App\Http\Controllers;

use App\Models\Vehicle;
use App\Repositories\VehicleRepository;
use App\Services\TelematicsClient;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Illuminate\View\View;

class FleetController
{
    public function __construct(
        private readonly VehicleRepository $vehicles,
        private readonly TelematicsClient $telematics,
    ) {}

    public function index(Request $request): JsonResponse
    {
        $filters = $request->only(['branch', 'class', 'max_rate', 'sort', 'dir']);

        return response()->json(['data' => $this->vehicles->search($filters)]);
    }

    public function mileage(Request $request): JsonResponse
    {
        $options = ['branch' => (string) $request->query('branch', ''), 'min_km' => $request->query('min_km', '0')];
        return response()->json(['data' => $this->vehicles->mileageSummary($options)]);
    }

    public function telemetry(Request $request, Vehicle $vehicle): JsonResponse
    {
        // Workshop tablets point at the bench simulator while a unit is being replaced.
        $endpoint = $request->header('X-Telematics-Endpoint')
            ?? $vehicle->telematics_url
            ?? config('kerbside.telematics.default_endpoint');
        return response()->json($this->telematics->latestReading($endpoint, $vehicle->vin));
    }

    public function position(Request $request, Vehicle $vehicle): JsonResponse
    {
        $provider = (string) $request->query('provider', config('kerbside.telematics.default_endpoint'));
        return response()->json($this->telematics->positionFrom($provider, $vehicle->vin));
    }

    public function searchPage(Request $request): View
    {
        $term = trim((string) $request->query('q', ''));
        $results = $term === '' ? collect() : Vehicle::query()
            ->where('active', true)
            ->where(fn ($q) => $q->where('model', 'like', '%' . $term . '%')->orWhere('make', 'like', '%' . $term . '%'))
            ->orderBy('daily_rate')
            ->limit(50)
            ->get();
        return view('fleet.search', ['term' => $term, 'results' => $results]);
    }

    public function quickCheck(Request $request): Response
    {
        $plate = trim((string) $request->query('plate', ''));
        $vehicle = Vehicle::where('plate', strtoupper($plate))->first();
        if ($vehicle === null) {
            return response('<p class="notice notice-warn">No vehicle registered under ' . $plate . '</p>', 404); // VULN xss
        }

        return response('<p class="notice">' . e($plate) . ' is currently ' . e($vehicle->status) . '</p>'); // SAFE xss
    }
}
