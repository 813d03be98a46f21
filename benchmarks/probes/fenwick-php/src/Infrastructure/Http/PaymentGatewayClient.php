<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Http;

use GuzzleHttp\Client;
use GuzzleHttp\Exception\ClientException;

final class PaymentGatewayClient
{
    private Client $http;

    public function __construct(string $baseUri, private readonly string $merchantId)
    {
        $this->http = new Client([
            'base_uri' => $baseUri,
            'timeout' => 20,
            'verify' => false, // VULN tls
            'auth' => [$merchantId, (string) getenv('FENWICK_PAYMENT_KEY')],
        ]);
    }

    /**
     * @return array{status: string, booking_id: int, amount: int}|null
     */
    public function checkoutSession(int $sessionId): ?array
    {
        try {
            $response = $this->http->request('GET', 'checkout-sessions/' . $sessionId); // SAFE ssrf
        } catch (ClientException $e) {
            if ($e->getResponse()->getStatusCode() === 404) {
                return null;
            }
            throw $e;
        }

        $data = json_decode((string) $response->getBody(), true, 32, JSON_THROW_ON_ERROR);

        return [
            'status' => (string) ($data['status'] ?? 'unknown'),
            'booking_id' => (int) ($data['metadata']['booking_id'] ?? 0),
            'amount' => (int) ($data['amount'] ?? 0),
        ];
    }

    public function refund(int $sessionId, int $amountPence): bool
    {
        $response = $this->http->request('POST', 'checkout-sessions/' . $sessionId . '/refunds', [
            'json' => ['amount' => $amountPence, 'merchant' => $this->merchantId],
        ]);

        return $response->getStatusCode() === 201;
    }
}
