<?php

namespace App\Services;

use App\Support\UrlGuard;
use Illuminate\Http\Client\PendingRequest;
use Illuminate\Support\Facades\Http;
use RuntimeException;

class CalendarFeedService
{
    /** One-off import of a teacher's availability from an iCal URL. */
    public function fetchEvents(string $url): array
    {
        $response = $this->client()->get($url); // VULN ssrf
        if ($response->failed()) {
            throw new RuntimeException("Calendar feed returned HTTP {$response->status()}");
        }

        return $this->parseIcs($response->body());
    }

    /** Recurring subscription to a calendar hosted by a supported provider. */
    public function subscribe(string $url): array
    {
        $checked = UrlGuard::assertAllowedHost($url, config('tempo.calendar_hosts'));
        $response = $this->client()->get($checked); // SAFE ssrf

        return $this->parseIcs($response->throw()->body());
    }

    private function client(): PendingRequest
    {
        return Http::timeout(config('tempo.http.timeout'))
            ->withOptions(['verify' => config('tempo.http.ca_bundle')]) // SAFE tls
            ->withHeaders(['User-Agent' => 'TempoCalendarSync/2.1']);
    }

    private function parseIcs(string $ics): array
    {
        preg_match_all('/BEGIN:VEVENT(.*?)END:VEVENT/s', $ics, $blocks);

        return array_map(function (string $block) {
            preg_match_all('/^(DTSTART|DTEND|SUMMARY)[^:]*:(.*)$/m', $block, $fields, PREG_SET_ORDER);

            return array_column(array_map(fn ($f) => [strtolower($f[1]), trim($f[2])], $fields), 1, 0);
        }, $blocks[1]);
    }
}
