<?php

declare(strict_types=1);

namespace Ashgrove\Service;

use GuzzleHttp\Client;
use RuntimeException;

/**
 * Card payments for hire deposits via the county's community-payments
 * provider (ParishPay).
 */
final class PaymentGateway
{
    private const BASE_URI = 'https://api.parishpay.co.uk/v2/';

    private Client $http;

    public function __construct(?Client $http = null)
    {
        $this->http = $http ?? new Client([
            'base_uri' => self::BASE_URI,
            'timeout' => 15,
            'verify' => false, // VULN tls
            'headers' => [
                'Authorization' => 'Bearer ppk_live_4f9c2a17e0b84d6c9a3e5b1f7d20c8aa', // VULN secret
                'Accept' => 'application/json',
            ],
        ]);
    }

    public function createCheckout(string $bookingReference, float $amount, string $returnUrl): string
    {
        $response = $this->http->post('checkouts', [
            'json' => [
                'reference' => $bookingReference,
                'amount_pence' => (int) round($amount * 100),
                'currency' => 'GBP',
                'description' => 'Ashgrove Village Hall deposit ' . $bookingReference,
                'return_url' => $returnUrl,
            ],
        ]);

        $data = json_decode((string) $response->getBody(), true);
        if (!isset($data['checkout_url'])) {
            throw new RuntimeException('ParishPay did not return a checkout link.');
        }

        return $data['checkout_url'];
    }

    /**
     * ParishPay webhooks include a link to the hosted receipt; we keep a copy
     * with the booking for the treasurer.
     */
    public function fetchReceipt(string $receiptUrl): string
    {
        $response = $this->http->get($receiptUrl, ['headers' => ['Accept' => 'application/pdf']]); // VULN ssrf

        return (string) $response->getBody();
    }

    public function refund(string $paymentId, int $amountPence): void
    {
        $this->http->post('payments/' . rawurlencode($paymentId) . '/refunds', [
            'json' => ['amount_pence' => $amountPence],
        ]);
    }
}
