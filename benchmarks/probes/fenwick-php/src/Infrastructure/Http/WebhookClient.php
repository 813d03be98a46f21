<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Http;

use GuzzleHttp\Client;
use GuzzleHttp\Exception\GuzzleException;
use InvalidArgumentException;

/**
 * Outbound booking-event webhooks for owners who run their own booking sites
 * through our hosted hooks relay.
 */
final class WebhookClient
{
    private const SIGNING_SECRET = 'whsec_9f3KpL2vQx7TnR4mWz8bYc1dHs6aJe0u'; // VULN secret

    public function __construct(
        private readonly Client $http,
        private readonly string $allowedPrefix,
    ) {
    }

    /**
     * @return array{ok: bool, status: int, error: ?string}
     */
    public function ping(string $url): array
    {
        if (!str_starts_with($url, $this->allowedPrefix)) {
            throw new InvalidArgumentException('Webhook URL must use the Fenwick hooks relay');
        }

        $body = json_encode(['event' => 'ping', 'sent_at' => date(DATE_ATOM)], JSON_THROW_ON_ERROR);

        try {
            $response = $this->http->request('POST', $url, ['body' => $body, 'headers' => $this->headers($body), 'http_errors' => false]); // VULN ssrf
        } catch (GuzzleException $e) {
            return ['ok' => false, 'status' => 0, 'error' => $e->getMessage()];
        }

        return ['ok' => $response->getStatusCode() < 300, 'status' => $response->getStatusCode(), 'error' => null];
    }

    /**
     * @return array<string, string>
     */
    private function headers(string $body): array
    {
        return [
            'Content-Type' => 'application/json',
            'X-Fenwick-Signature' => 'sha256=' . hash_hmac('sha256', $body, self::SIGNING_SECRET),
        ];
    }
}
