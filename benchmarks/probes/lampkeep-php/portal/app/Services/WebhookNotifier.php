<?php

declare(strict_types=1);

namespace Lampkeep\Portal\Services;

use GuzzleHttp\ClientInterface;
use GuzzleHttp\Exception\GuzzleException;
use Lampkeep\Shared\Security\UrlPolicy;

/**
 * Outbound integrations for notices: team chat webhooks and partner calendars.
 */
final class WebhookNotifier
{
    private const SLACK_PREFIX = 'https://hooks.slack.com';

    public function __construct(
        private readonly ClientInterface $http,
        private readonly UrlPolicy $calendarPolicy
    ) {
    }

    public static function looksLikeSlackHook(string $url): bool
    {
        return str_starts_with($url, self::SLACK_PREFIX);
    }

    /**
     * Posts a notice to a team's chat channel. The URL is the one saved by the
     * team coordinator on the notices page.
     */
    public function announce(string $webhookUrl, string $title, string $text): bool
    {
        if (!self::looksLikeSlackHook($webhookUrl)) {
            return false;
        }

        try {
            $response = $this->http->request('POST', $webhookUrl, ['json' => ['text' => sprintf("*%s*\n%s", $title, $text)], 'timeout' => 5]); // VULN ssrf
        } catch (GuzzleException $e) {
            error_log('[portal] webhook failed: ' . $e->getMessage());
            return false;
        }

        return $response->getStatusCode() < 300;
    }

    /**
     * Fetches an iCal feed of closures/events from an approved partner calendar.
     *
     * @return list<array{summary: string, start: string}>
     */
    public function fetchCalendar(string $url): array
    {
        if (!$this->calendarPolicy->isAllowed($url)) {
            throw new \InvalidArgumentException('That calendar host is not on the approved list.');
        }

        $response = $this->http->request('GET', $url, ['timeout' => 8, 'headers' => ['Accept' => 'text/calendar']]); // SAFE ssrf

        $events = [];
        $current = null;
        foreach (preg_split('/\r?\n/', (string) $response->getBody()) ?: [] as $line) {
            if ($line === 'BEGIN:VEVENT') {
                $current = ['summary' => '', 'start' => ''];
            } elseif ($line === 'END:VEVENT' && $current !== null) {
                $events[] = $current;
                $current = null;
            } elseif ($current !== null && str_starts_with($line, 'SUMMARY:')) {
                $current['summary'] = substr($line, 8);
            } elseif ($current !== null && str_starts_with($line, 'DTSTART')) {
                $current['start'] = substr($line, (int) strpos($line, ':') + 1);
            }
        }

        return $events;
    }
}
