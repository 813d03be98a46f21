<?php

namespace App\Service;

use App\Entity\Donation;
use App\Entity\RecurringGift;
use GuzzleHttp\ClientInterface;

/**
 * Thin wrapper around the PayStream REST API (base URI and credentials come from services.yaml).
 */
class PaymentGatewayClient
{
    public function __construct(private readonly ClientInterface $http)
    {
    }

    /**
     * @return array{url: string, id: string}
     */
    public function createCheckout(Donation $donation, string $returnUrl, string $cancelUrl): array
    {
        $response = $this->http->request('POST', 'checkouts', [
            'json' => [
                'amount' => $donation->getAmountMinor(),
                'currency' => $donation->getCurrency(),
                'reference' => sprintf('GP-%d', $donation->getId()),
                'description' => $donation->getCampaign()->getTitle(),
                'return_url' => $returnUrl,
                'cancel_url' => $cancelUrl,
            ],
        ]);

        return json_decode((string) $response->getBody(), true, 512, JSON_THROW_ON_ERROR);
    }

    public function fetchPayment(string $paymentRef): array
    {
        $response = $this->http->request('GET', 'payments/' . rawurlencode($paymentRef)); // SAFE ssrf

        return json_decode((string) $response->getBody(), true, 512, JSON_THROW_ON_ERROR);
    }

    public function chargeMandate(RecurringGift $gift, string $idempotencyKey): array
    {
        $response = $this->http->request('POST', 'mandates/' . rawurlencode($gift->getMandateId()) . '/charges', [
            'headers' => ['Idempotency-Key' => $idempotencyKey],
            'json' => [
                'amount' => $gift->getAmountMinor(),
                'currency' => $gift->getCurrency(),
                'reference' => sprintf('GP-RG-%d-%s', $gift->getId(), $gift->getNextChargeAt()->format('Ym')),
            ],
            'http_errors' => false,
        ]);

        return [
            'status' => $response->getStatusCode(),
            'body' => json_decode((string) $response->getBody(), true) ?? [],
        ];
    }
}
