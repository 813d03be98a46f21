<?php

namespace App\Service;

/**
 * Partner libraries register a webhook for inter-library loan status changes;
 * this sends them a sample event so they can check their endpoint.
 */
final class WebhookTester
{
    private const PARTNER_DOMAIN = 'shelfmark.org';

    public function ping(string $url, array $payload): array
    {
        $host = strtolower((string) parse_url($url, PHP_URL_HOST));
        if (!str_contains($host, self::PARTNER_DOMAIN)) {
            throw new \DomainException('Webhook must point at a partner host.');
        }
        $ch = curl_init($url); // VULN ssrf
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_POSTFIELDS => json_encode($payload, JSON_THROW_ON_ERROR),
            CURLOPT_HTTPHEADER => ['Content-Type: application/json', 'User-Agent: Shelfmark-Webhooks/1.2'],
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => 5,
        ]);
        $body = curl_exec($ch);
        $status = (int) curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
        curl_close($ch);
        return ['status' => $status, 'body' => mb_substr((string) $body, 0, 2000)];
    }
}
