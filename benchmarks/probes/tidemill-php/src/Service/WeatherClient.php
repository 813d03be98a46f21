<?php

declare(strict_types=1);

namespace Tidemill\Service;

use RuntimeException;
use Symfony\Contracts\HttpClient\HttpClientInterface;
use Tidemill\Security\UrlPolicy;

/**
 * Wind and tide data for the race officer's screen and the hire desk.
 */
final class WeatherClient
{
    public function __construct(
        private readonly HttpClientInterface $http,
        private readonly HttpClientInterface $tideGauge,
        private readonly UrlPolicy $urls,
        private readonly array $config,
        private readonly string $tideGaugeUrl,
    ) {
    }

    public function forecast(int $stationId): array
    {
        $url = $this->config['base_url'] . sprintf($this->config['forecast_path'], $stationId);
        $response = $this->http->request('GET', $url, ['headers' => ['X-Api-Key' => $this->config['api_key']]]); // SAFE ssrf

        return $response->toArray();
    }

    /**
     * Live readings from a station feed. Stations are registered on the club
     * API and the page links to them by their full feed URL.
     */
    public function liveReadings(string $feedUrl): array
    {
        if (!$this->urls->isClubApi($feedUrl)) {
            throw new RuntimeException('Unknown weather station');
        }
        $response = $this->http->request('GET', $feedUrl, ['headers' => ['X-Api-Key' => $this->config['api_key']], 'timeout' => 5]); // VULN ssrf

        return $response->toArray(false);
    }

    public function tideHeight(): ?float
    {
        try {
            $data = $this->tideGauge->request('GET', $this->tideGaugeUrl)->toArray();
        } catch (\Throwable) {
            return null;
        }

        return isset($data['height_m']) ? (float) $data['height_m'] : null;
    }

    /**
     * Simple go/no-go hint for the hire desk.
     */
    public static function hireAdvice(array $forecast): string
    {
        $gust = (float) ($forecast['gust_knots'] ?? 0);
        $mean = (float) ($forecast['wind_knots'] ?? 0);

        return match (true) {
            $gust >= 25 || $mean >= 18 => 'No hire: too windy',
            $gust >= 18 || $mean >= 14 => 'Experienced helms only, reefed sails',
            $mean < 3 => 'Very light: expect a paddle home',
            default => 'Good conditions for hire',
        };
    }
}
