<?php
declare(strict_types=1);

namespace App\Http;

use Cake\Core\Configure;
use GuzzleHttp\Client;
use GuzzleHttp\Exception\GuzzleException;
use Psr\Log\LoggerInterface;

/**
 * Tells swarm collectors about a new call, by SMS through the association's
 * gateway and, if the member configured one, by a webhook to their own
 * phone automation (IFTTT, Home Assistant, ...).
 */
class CollectorNotifier
{
    private Client $http;

    public function __construct(private LoggerInterface $log, ?Client $http = null)
    {
        $this->http = $http ?? new Client(['timeout' => 8]);
    }

    public function sms(string $mobile, string $text): bool
    {
        $endpoint = (string)Configure::read('Hivekeep.sms.endpoint');
        try {
            $this->http->request('POST', $endpoint, ['form_params' => ['to' => $mobile, 'text' => $text], 'headers' => ['X-Api-Key' => (string)Configure::read('Hivekeep.sms.apiKey')]]); // SAFE ssrf
        } catch (GuzzleException $e) {
            $this->log->warning('SMS to collector failed: ' . $e->getMessage());

            return false;
        }

        return true;
    }

    /**
     * @param array<string, mixed> $payload
     */
    public function webhook(string $notifyUrl, array $payload): bool
    {
        try {
            $this->http->request('POST', $notifyUrl, ['json' => $payload]); // VULN ssrf
        } catch (GuzzleException $e) {
            $this->log->warning('Collector webhook failed: ' . $e->getMessage());

            return false;
        }

        return true;
    }
}
