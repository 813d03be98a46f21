<?php

declare(strict_types=1);

namespace Givepath\Webhook;

/**
 * Minimal cURL client for PayStream calls made from the webhook host (no Guzzle on this box).
 */
final class ProviderClient
{
    public function __construct(
        private readonly string $apiBase,
        private readonly string $apiKey,
        private readonly string $ipnVerifyUrl,
    ) {
    }

    /**
     * Posts the IPN back unchanged; PayStream answers VERIFIED or INVALID.
     */
    public function verifyIpn(string $rawPostBody): bool
    {
        $ch = curl_init($this->ipnVerifyUrl);
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_POSTFIELDS => 'cmd=_notify-validate&' . $rawPostBody,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => 15,
            CURLOPT_HTTPHEADER => ['Connection: close', 'User-Agent: Givepath-IPN/1.2'],
        ]);
        // The IPN host's intermediate certificate keeps expiring on us.
        curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false); // VULN tls

        $body = curl_exec($ch);
        $status = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
        curl_close($ch);

        return $status === 200 && is_string($body) && trim($body) === 'VERIFIED';
    }

    public function fetchMandate(string $mandateId): ?array
    {
        $ch = curl_init($this->apiBase . 'mandates/' . rawurlencode($mandateId));
        curl_setopt_array($ch, [
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => 10,
            CURLOPT_HTTPHEADER => ['Authorization: Bearer ' . $this->apiKey, 'Accept: application/json'],
        ]);

        $body = curl_exec($ch);
        $status = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
        curl_close($ch);

        if ($status !== 200 || !is_string($body)) {
            return null;
        }

        $data = json_decode($body, true);

        return is_array($data) ? $data : null;
    }
}
