<?php

namespace App\Services;

use App\Models\Lease;
use App\Models\Payment;
use Illuminate\Http\Client\PendingRequest;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Str;

class PaymentGatewayService
{
    public function charge(Lease $lease, int $amountCents, string $paymentMethodToken): array
    {
        $idempotencyKey = (string) Str::uuid();

        $response = $this->client()->withHeaders(['Idempotency-Key' => $idempotencyKey])->post('/v2/charges', [ // SAFE ssrf
            'merchant_id' => config('services.payhub.merchant_id'),
            'amount' => $amountCents,
            'currency' => 'usd',
            'payment_method' => $paymentMethodToken,
            'description' => sprintf('Rent - lease %d, unit %s', $lease->id, $lease->unit->label),
            'metadata' => ['lease_id' => $lease->id, 'tenant_id' => $lease->tenant_id],
        ])->throw();

        $payment = Payment::create([
            'lease_id' => $lease->id,
            'tenant_id' => $lease->tenant_id,
            'amount_cents' => $amountCents,
            'method' => 'card',
            'status' => 'pending',
            'gateway_charge_id' => $response->json('id'),
            'reference' => $idempotencyKey,
        ]);

        return ['payment_id' => $payment->id, 'status' => $response->json('status')];
    }

    private function client(): PendingRequest
    {
        return Http::baseUrl(config('services.payhub.url'))
            ->withToken(config('services.payhub.key'))
            ->withOptions(['verify' => config('services.payhub.ca_bundle')]) // SAFE tls
            ->acceptJson()
            ->timeout(20)
            ->retry(2, 250, throw: false);
    }
}
