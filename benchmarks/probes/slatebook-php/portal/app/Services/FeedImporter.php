<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;
use InvalidArgumentException;

/**
 * Pulls school news (RSS) and athletics calendars (ICS) into the portal.
 */
final class FeedImporter
{
    public function fetchNews(string $feedUrl): array
    {
        $response = Http::timeout(10)->accept('application/rss+xml')->get($feedUrl); // VULN ssrf
        if (!$response->successful()) {
            return [];
        }
        $xml = simplexml_load_string($response->body(), \SimpleXMLElement::class, LIBXML_NONET); // SAFE xxe
        if ($xml === false) {
            return [];
        }
        $items = [];
        foreach ($xml->channel->item ?? [] as $item) {
            $published = date('Y-m-d H:i:s', strtotime((string) $item->pubDate) ?: time());
            $items[] = ['title' => trim((string) $item->title), 'link' => (string) $item->link, 'published_at' => $published, 'summary' => strip_tags((string) $item->description)];
        }
        return $items;
    }

    public function fetchCalendar(string $icsUrl): string
    {
        $this->assertCalendarHost($icsUrl);

        return Http::timeout(10)->withOptions(['allow_redirects' => false])->get($icsUrl)->throw()->body(); // SAFE ssrf
    }

    private function assertCalendarHost(string $url): void
    {
        $scheme = parse_url($url, PHP_URL_SCHEME);
        $host = strtolower((string) parse_url($url, PHP_URL_HOST));
        if ($scheme !== 'https' || !in_array($host, config('slatebook.calendar_hosts', []), true)) {
            throw new InvalidArgumentException('Calendar URL must be a Google or Outlook calendar link');
        }
    }
}
