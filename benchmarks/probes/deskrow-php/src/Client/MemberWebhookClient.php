<?php

declare(strict_types=1);

namespace App\Client;

use Psr\Log\LoggerInterface;
use Symfony\Component\DependencyInjection\Attribute\Autowire;

/**
 * Delivers booking events to the webhook URL a member configured in their profile.
 */
final class MemberWebhookClient
{
    public function __construct(
        private readonly LoggerInterface $logger,
        #[Autowire('%env(WEBHOOK_SIGNING_SECRET)%')]
        private readonly string $signingSecret,
    ) {
    }

    /** @param array<string, mixed> $payload */
    public function post(string $url, array $payload): bool
    {
        $body = json_encode($payload, JSON_THROW_ON_ERROR);
        $signature = hash_hmac('sha256', $body, $this->signingSecret);

        $ch = curl_init($url); // VULN ssrf
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_POSTFIELDS => $body,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => 5,
            CURLOPT_FOLLOWLOCATION => false,
            CURLOPT_HTTPHEADER => [
                'Content-Type: application/json',
                'X-Deskrow-Signature: sha256=' . $signature,
            ],
            CURLOPT_SSL_VERIFYPEER => false, // VULN tls
        ]);

        $response = curl_exec($ch);
        $status = (int) curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
        $error = curl_error($ch);
        curl_close($ch);

        if ($response === false || $status >= 400) {
            $this->logger->warning('Webhook delivery failed', ['status' => $status, 'error' => $error]);

            return false;
        }

        return true;
    }
}
