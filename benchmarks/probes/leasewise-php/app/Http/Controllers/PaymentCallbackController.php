<?php

namespace App\Http\Controllers;

use App\Events\PaymentReceived;
use App\Models\Payment;
use App\Services\PaymentCallbackVerifier;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Carbon;
use UnexpectedValueException;

class PaymentCallbackController extends Controller
{
    public function __construct(private readonly PaymentCallbackVerifier $verifier) {}

    public function handle(Request $request): JsonResponse
    {
        $token = (string) ($request->input('token') ?? $request->bearerToken());

        try {
            $claims = $this->verifier->claims($token);
        } catch (UnexpectedValueException $e) {
            return response()->json(['error' => $e->getMessage()], 400);
        }

        $payment = Payment::where('gateway_charge_id', (string) ($claims['charge_id'] ?? ''))->firstOrFail();

        if ($payment->status !== 'settled' && ($claims['status'] ?? null) === 'succeeded') {
            $payment->update([
                'status' => 'settled',
                'paid_on' => Carbon::createFromTimestamp((int) ($claims['settled_at'] ?? time()))->toDateString(),
            ]);

            PaymentReceived::dispatch($payment);
        }

        return response()->json(['ok' => true]);
    }
}
