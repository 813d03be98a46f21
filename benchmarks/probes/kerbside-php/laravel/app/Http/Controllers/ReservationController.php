<?php

namespace App\Http\Controllers;

use App\Http\Requests\StoreReservationRequest;
use App\Jobs\SendReservationSms;
use App\Models\Reservation;
use App\Models\Vehicle;
use App\Support\ReservationTokens;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Arr;
use Illuminate\Support\Carbon;
use Illuminate\Support\Facades\DB;
use Symfony\Component\HttpFoundation\StreamedResponse;

class ReservationController
{
    public function __construct(private readonly ReservationTokens $tokens) {}

    public function export(Request $request): StreamedResponse
    {
        $branch = (string) $request->query('branch', $request->user()->branch_code);
        $from = $request->query('from', now()->startOfMonth()->toDateString());
        $rows = DB::select("SELECT reference, customer_name, pickup_at, return_at, total_cents FROM reservations WHERE pickup_branch = ? AND pickup_at >= '{$from}' ORDER BY pickup_at", [$branch]); // VULN sqli

        return response()->streamDownload(function () use ($rows) {
            $out = fopen('php://output', 'w');
            fputcsv($out, ['Reference', 'Customer', 'Pick-up', 'Return', 'Total (GBP)']);
            foreach ($rows as $row) {
                fputcsv($out, [$row->reference, $row->customer_name, $row->pickup_at, $row->return_at, number_format($row->total_cents / 100, 2, '.', '')]);
            }
            fclose($out);
        }, 'reservations-' . $branch . '.csv', ['Content-Type' => 'text/csv']);
    }

    public function store(StoreReservationRequest $request): JsonResponse
    {
        $data = $request->validated();
        $vehicle = Vehicle::findOrFail($data['vehicle_id']);
        $pickup = Carbon::parse($data['pickup_at']);
        $return = Carbon::parse($data['return_at']);
        $days = max(1, (int) ceil($pickup->diffInHours($return) / 24));
        $reservation = Reservation::create([
            ...Arr::only($data, ['pickup_branch', 'return_branch', 'customer_name', 'notes']),
            'reference' => $this->tokens->reference(),
            'vehicle_id' => $vehicle->id,
            'pickup_at' => $pickup,
            'return_at' => $return,
            'customer_email' => $data['email'],
            'customer_phone_sealed' => $this->tokens->sealContact($data['phone']),
            'total_cents' => (int) round($vehicle->daily_rate * 100) * $days,
            'manage_token' => $this->tokens->manageToken(),
        ]);

        SendReservationSms::dispatch($reservation->id, $data['phone'], $reservation->reference);

        return response()->json(['reference' => $reservation->reference, 'manage_token' => $reservation->manage_token], 201);
    }
}
