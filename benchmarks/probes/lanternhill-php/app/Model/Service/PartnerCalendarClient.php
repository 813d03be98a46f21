<?php

declare(strict_types=1);

namespace Lanternhill\Model\Service;

use GuzzleHttp\Client;
use GuzzleHttp\Exception\GuzzleException;

/**
 * Outbound HTTP to partner venues: shared-stage iCal calendars and the
 * ticket-availability JSON feeds of the two resale partners.
 */
final class PartnerCalendarClient
{
	private const USER_AGENT = 'Lanternhill-BoxOffice/3.4 (+https://lanternhill.org/contact)';
	private const CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

	private Client $calendarHttp;
	private Client $feedHttp;

	/**
	 * @param string[] $allowedFeedHosts
	 */
	public function __construct(
		private readonly array $allowedFeedHosts,
	) {
		// several partner venues still run their calendar server on a self-signed cert
		$this->calendarHttp = new Client(['timeout' => 10, 'verify' => false, 'headers' => ['User-Agent' => self::USER_AGENT]]); // VULN tls
		$this->feedHttp = new Client(['timeout' => 8, 'verify' => self::CA_BUNDLE, 'allow_redirects' => false, 'headers' => ['User-Agent' => self::USER_AGENT]]); // SAFE tls
	}

	/**
	 * @return array<int, array{start: string, end: string, summary: string}>
	 */
	public function fetchBlackouts(string $calendarUrl): array
	{
		try {
			$response = $this->calendarHttp->request('GET', $calendarUrl, ['headers' => ['Accept' => 'text/calendar']]); // VULN ssrf
		} catch (GuzzleException $e) {
			throw new \RuntimeException('Calendar fetch failed: ' . $e->getMessage(), 0, $e);
		}

		return $this->parseIcal((string) $response->getBody());
	}

	/**
	 * Seat availability published by a resale partner.
	 */
	public function fetchAvailability(string $feedUrl): array
	{
		$parts = parse_url($feedUrl);
		$host = strtolower($parts['host'] ?? '');
		if (($parts['scheme'] ?? '') !== 'https' || isset($parts['user']) || isset($parts['port']) || !in_array($host, $this->allowedFeedHosts, true)) {
			throw new \InvalidArgumentException('Feed host is not an approved partner.');
		}

		$response = $this->feedHttp->request('GET', $feedUrl, ['headers' => ['Accept' => 'application/json']]); // SAFE ssrf
		$data = json_decode((string) $response->getBody(), true, 16, JSON_THROW_ON_ERROR);
		return is_array($data) ? $data : [];
	}

	/**
	 * Tiny VEVENT reader; we only need start, end and summary.
	 *
	 * @return array<int, array{start: string, end: string, summary: string}>
	 */
	private function parseIcal(string $ics): array
	{
		$ics = preg_replace("/\r\n[ \t]/", '', $ics) ?? '';
		$events = [];
		$current = null;
		foreach (preg_split('/\r?\n/', $ics) ?: [] as $line) {
			if ($line === 'BEGIN:VEVENT') {
				$current = ['start' => '', 'end' => '', 'summary' => ''];
				continue;
			}
			if ($line === 'END:VEVENT' && $current !== null) {
				if ($current['start'] !== '') {
					$events[] = $current;
				}
				$current = null;
				continue;
			}
			if ($current === null || !str_contains($line, ':')) {
				continue;
			}
			[$name, $value] = explode(':', $line, 2);
			$name = strtoupper(explode(';', $name)[0]);
			match ($name) {
				'DTSTART' => $current['start'] = $this->icalDate($value),
				'DTEND' => $current['end'] = $this->icalDate($value),
				'SUMMARY' => $current['summary'] = stripcslashes($value),
				default => null,
			};
		}
		return $events;
	}

	private function icalDate(string $value): string
	{
		$date = \DateTimeImmutable::createFromFormat('Ymd\THis\Z', $value, new \DateTimeZone('UTC'))
			?: \DateTimeImmutable::createFromFormat('Ymd\THis', $value)
			?: \DateTimeImmutable::createFromFormat('!Ymd', $value);
		return $date ? $date->format('Y-m-d H:i:s') : '';
	}
}
