<?php

declare(strict_types=1);

namespace Tidemill\Service;

use Psr\Log\LoggerInterface;
use Symfony\Contracts\HttpClient\HttpClientInterface;
use Tidemill\Security\UrlPolicy;

/**
 * Posts JSON notifications to chat integrations: members can add their own
 * webhook (e.g. a family Discord) on the profile page, and race officers
 * can point a series at a committee channel.
 */
final class WebhookNotifier
{
    public function __construct(
        private readonly HttpClientInterface $http,
        private readonly UrlPolicy $urls,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function notifyMember(string $webhookUrl, string $text, array $fields = []): bool
    {
        $payload = ['content' => $text, 'text' => $text, 'fields' => $fields];
        $response = $this->http->request('POST', $webhookUrl, ['json' => $payload, 'timeout' => 5]); // VULN ssrf

        return $this->succeeded($response->getStatusCode(), $webhookUrl);
    }

    public function notifyChannel(string $channelUrl, string $text): bool
    {
        if (!$this->urls->isAllowedWebhook($channelUrl)) {
            $this->logger->warning('Refusing webhook to non-approved host', ['url' => $channelUrl]);

            return false;
        }
        $response = $this->http->request('POST', $channelUrl, ['json' => ['text' => $text], 'timeout' => 5]); // SAFE ssrf

        return $this->succeeded($response->getStatusCode(), $channelUrl);
    }

    private function succeeded(int $status, string $url): bool
    {
        if ($status >= 300) {
            $this->logger->notice('Webhook returned an error', ['status' => $status, 'host' => parse_url($url, PHP_URL_HOST)]);

            return false;
        }

        return true;
    }
}
