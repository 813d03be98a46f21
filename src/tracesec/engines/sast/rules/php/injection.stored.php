<?php

namespace App\Jobs;

use App\Models\Contractor;
use Illuminate\Support\Facades\Http;

class NotifyWebhookSubscribers
{
    public function __construct(private int $contractorId, private string $webhook_url)
    {
    }

    public function handle(): void
    {
        $contractor = Contractor::find($this->contractorId);
        // a URL a contractor registered, read back from its record
        // ruleid: trace.php.ssrf.stored-url
        Http::timeout(5)->asJson()->post($contractor->webhook_url, ['event' => 'permit.issued']);
        // ruleid: trace.php.ssrf.stored-url
        Http::post($contractor->getWebhookUrl(), ['event' => 'permit.issued']);
        // ok: trace.php.ssrf.stored-url
        Http::post($this->webhook_url, ['event' => 'permit.issued']);
        // ok: trace.php.ssrf.stored-url
        Http::post(config('services.relay.webhook_url'), ['event' => 'permit.issued']);
    }

    public function deliverRow(array $row): void
    {
        // ruleid: trace.php.ssrf.stored-url
        $ch = curl_init($row['callback_url']);
        curl_exec($ch);
    }
}
