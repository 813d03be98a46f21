<?php

namespace App\Jobs;

use App\Models\Kennel;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\SerializesModels;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

/**
 * Kennels can register a webhook (e.g. their own website or a Zapier hook)
 * to be told when one of their dogs is placed.
 */
class NotifyKennelJob implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    public int $tries = 3;

    public array $backoff = [30, 120, 600];

    public function __construct(public readonly int $kennelId, public readonly array $payload)
    {
    }

    public function handle(): void
    {
        $kennel = Kennel::find($this->kennelId);
        if ($kennel === null || empty($kennel->webhook_url)) {
            return;
        }

        $response = Http::timeout(10)->asJson()->post($kennel->webhook_url, ['event' => 'result.published', 'kennel' => $kennel->affix, 'data' => $this->payload]); // VULN ssrf

        if ($response->failed()) {
            Log::notice('Kennel webhook failed', ['kennel' => $kennel->id, 'status' => $response->status()]);
            $this->release($this->backoff[$this->attempts() - 1] ?? 600);
        }
    }
}
