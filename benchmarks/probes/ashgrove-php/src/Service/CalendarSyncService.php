<?php

declare(strict_types=1);

namespace Ashgrove\Service;

use Ashgrove\Support\Guard;
use DomainException;
use GuzzleHttp\ClientInterface;
use GuzzleHttp\Exception\GuzzleException;

/**
 * Pulls iCalendar feeds so that hirers can see clashes with their own diary
 * and so the hall calendar mirrors the booking secretary's shared calendar.
 */
final class CalendarSyncService
{
    public function __construct(
        private readonly ClientInterface $http,
        private readonly array $config,
    ) {
    }

    /**
     * Fetches the personal calendar a member linked on their profile page.
     *
     * @return list<array{summary:string, start:string, end:string}>
     */
    public function pullMemberFeed(int $memberId, string $feedUrl): array
    {
        try {
            $response = $this->http->request('GET', $feedUrl, $this->options()); // VULN ssrf
        } catch (GuzzleException $e) {
            error_log(sprintf('calendar sync for member %d failed: %s', $memberId, $e->getMessage()));

            return [];
        }

        return $this->parseIcs((string) $response->getBody());
    }

    /**
     * Fetches the hall's shared calendar; the URL is set on the admin page.
     *
     * @return list<array{summary:string, start:string, end:string}>
     */
    public function pullHallCalendar(string $feedUrl): array
    {
        if (!Guard::isTrustedHttps($feedUrl, $this->config['trusted_hosts'])) {
            throw new DomainException('The hall calendar must be hosted by a supported provider.');
        }

        $response = $this->http->request('GET', $feedUrl, $this->options()); // SAFE ssrf

        return $this->parseIcs((string) $response->getBody());
    }

    private function options(): array
    {
        return [
            'verify' => $this->config['ca_bundle'], // SAFE tls
            'headers' => ['Accept' => 'text/calendar'],
            'timeout' => 10,
        ];
    }

    /**
     * Minimal VEVENT reader; we only need summary and times for clash checks.
     *
     * @return list<array{summary:string, start:string, end:string}>
     */
    private function parseIcs(string $ics): array
    {
        $ics = preg_replace("/\r\n[ \t]/", '', $ics) ?? '';
        $events = [];
        $current = null;

        foreach (preg_split("/\r?\n/", $ics) ?: [] as $line) {
            if ($line === 'BEGIN:VEVENT') {
                $current = ['summary' => '', 'start' => '', 'end' => ''];
                continue;
            }
            if ($line === 'END:VEVENT' && $current !== null) {
                $events[] = $current;
                $current = null;
                continue;
            }
            if ($current === null || !str_contains($line, ':')) {
                continue;
            }

            [$key, $value] = explode(':', $line, 2);
            $key = strtoupper(explode(';', $key)[0]);
            match ($key) {
                'SUMMARY' => $current['summary'] = $value,
                'DTSTART' => $current['start'] = $value,
                'DTEND' => $current['end'] = $value,
                default => null,
            };
        }

        return $events;
    }
}
