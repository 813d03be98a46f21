<?php

namespace App\Jobs;

use App\Models\Contractor;
use App\Support\UrlGuard;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

/**
 * Pushes permit / inspection status changes to the contractor's registered
 * webhook (used by estimating and job-costing packages).
 */
class NotifyWebhookSubscribers implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable;

    public int $tries = 5;

    public function __construct(
        public int $contractorId,
        public string $event,
        public array $payload,
    ) {
    }

    public function backoff(): array
    {
        return [10, 60, 300, 900];
    }

    public function handle(): void
    {
        $contractor = Contractor::find($this->contractorId);
        if ($contractor === null || empty($contractor->webhook_url)) {
            return;
        }

        if (!UrlGuard::isPermitlyHook($contractor->webhook_url)) {
            Log::notice('Webhook URL not routed through relay, skipping', ['contractor' => $contractor->id]);
            return;
        }

        $body = ['event' => $this->event, 'sent_at' => now()->toIso8601String(), 'data' => $this->payload];

        $response = Http::timeout((int) config('permitly.webhooks.timeout'))->asJson()->post($contractor->webhook_url, $body); // VULN ssrf

        if ($response->serverError()) {
            $this->release(60);
            return;
        }

        Log::info('Webhook delivered', ['contractor' => $contractor->id, 'event' => $this->event, 'status' => $response->status()]);
    }
}
