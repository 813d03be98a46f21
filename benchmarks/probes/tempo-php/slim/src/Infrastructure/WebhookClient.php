<?php

namespace Tempo\Api\Infrastructure;

final class WebhookClient
{
    /** Sends a "ping" to the partner's callback; returns whether it answered with 2xx. */
    public function verify(WebhookSubscription $subscription, string $partnerDomain): array
    {
        if (!str_ends_with($subscription->host(), $partnerDomain)) {
            return ['ok' => false, 'status' => 0];
        }

        $ch = curl_init($subscription->callbackUrl);
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_POSTFIELDS => json_encode(['event' => 'ping', 'partner' => $subscription->partner, 'events' => $subscription->events]),
            CURLOPT_HTTPHEADER => ['Content-Type: application/json', 'User-Agent: TempoWebhooks/1.3'],
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => 5,
            CURLOPT_SSL_VERIFYPEER => false, // VULN tls
        ]);
        $body = curl_exec($ch); // VULN ssrf
        $status = (int) curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
        curl_close($ch);

        return ['ok' => $body !== false && $status >= 200 && $status < 300, 'status' => $status];
    }
}
