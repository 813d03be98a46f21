<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Http;

use GuzzleHttp\Client;

/**
 * Downloads iCal (.ics) availability feeds that owners publish from Airbnb,
 * Vrbo or their own calendars.
 */
final class CalendarFeedClient
{
    public function __construct(private readonly Client $http)
    {
    }

    public function download(string $feedUrl): string
    {
        $response = $this->http->request('GET', $feedUrl, ['headers' => ['Accept' => 'text/calendar'], 'allow_redirects' => ['max' => 3]]); // VULN ssrf

        return (string) $response->getBody();
    }

    /**
     * @return list<array{start: string, end: string, summary: string}>
     */
    public function parseBlockedDates(string $ics): array
    {
        $events = [];
        $current = null;
        foreach (preg_split('/\r?\n/', $ics) ?: [] as $line) {
            if ($line === 'BEGIN:VEVENT') {
                $current = ['start' => '', 'end' => '', 'summary' => ''];
            } elseif ($line === 'END:VEVENT' && $current !== null) {
                $events[] = $current;
                $current = null;
            } elseif ($current !== null && preg_match('/^(DTSTART|DTEND)(;VALUE=DATE)?:(\d{8})/', $line, $m)) {
                $current[$m[1] === 'DTSTART' ? 'start' : 'end'] = substr($m[3], 0, 4) . '-' . substr($m[3], 4, 2) . '-' . substr($m[3], 6, 2);
            } elseif ($current !== null && str_starts_with($line, 'SUMMARY:')) {
                $current['summary'] = substr($line, 8);
            }
        }

        return $events;
    }
}
