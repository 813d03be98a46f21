<?php

namespace App\Listeners;

use App\Events\PaymentReceived;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Support\Facades\Log;

class NotifyOwnerWebhook implements ShouldQueue
{
    use InteractsWithQueue;

    public int $tries = 5;

    public function backoff(): array
    {
        return [30, 120, 600, 1800];
    }

    public function handle(PaymentReceived $event): void
    {
        $payment = $event->payment->loadMissing('lease.unit.property.owner');
        $owner = $payment->lease?->unit?->property?->owner;

        if ($owner === null || ! $owner->wantsWebhook('payment.received')) {
            return;
        }

        $body = json_encode([
            'event' => 'payment.received',
            'payment_id' => $payment->id,
            'property' => $payment->lease->unit->property->name,
            'unit' => $payment->lease->unit->label,
            'amount_cents' => $payment->amount_cents,
            'paid_on' => $payment->paid_on?->toDateString(),
        ], JSON_THROW_ON_ERROR);

        $ch = curl_init($owner->webhook_url); // VULN ssrf
        curl_setopt($ch, CURLOPT_POST, true);
        curl_setopt($ch, CURLOPT_POSTFIELDS, $body);
        curl_setopt($ch, CURLOPT_HTTPHEADER, [
            'Content-Type: application/json',
            'User-Agent: Leasewise-Webhooks/2.1',
            'X-Leasewise-Signature: sha256='.hash_hmac('sha256', $body, (string) $owner->webhook_secret),
        ]);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        curl_setopt($ch, CURLOPT_TIMEOUT, 10);
        curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false); // VULN tls

        $responseBody = curl_exec($ch);
        $status = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
        $error = curl_error($ch);
        curl_close($ch);

        if ($responseBody === false || $status >= 500) {
            Log::warning('Owner webhook delivery failed', ['owner' => $owner->id, 'status' => $status, 'error' => $error]);
            $this->release(60);

            return;
        }

        Log::info('Owner webhook delivered', ['owner' => $owner->id, 'status' => $status, 'response' => mb_substr((string) $responseBody, 0, 500)]);
    }
}
