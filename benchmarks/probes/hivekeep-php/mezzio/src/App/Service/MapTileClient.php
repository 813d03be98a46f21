<?php

declare(strict_types=1);

namespace App\Service;

use InvalidArgumentException;
use Symfony\Component\HttpClient\HttpClient;
use Symfony\Contracts\HttpClient\HttpClientInterface;

/**
 * Proxies forage-layer map tiles (oilseed rape, lime avenues, heather) from
 * the association's tile server so the widget works on member club sites
 * without exposing the tile server's API key.
 */
class MapTileClient
{
    private const LAYERS = ['osr', 'lime', 'heather', 'borage', 'hornet-sightings'];

    private HttpClientInterface $http;
    private string $base;
    private string $overlayHost;

    public function __construct(array $config, ?HttpClientInterface $http = null)
    {
        $this->base = rtrim((string)$config['base'], '/');
        $this->overlayHost = rtrim((string)$config['overlay_host'], '/');
        $this->http = $http ?? HttpClient::create(['timeout' => 6, 'max_redirects' => 0]);
    }

    public function tile(string $layer, int $z, int $x, int $y): string
    {
        if (!in_array($layer, self::LAYERS, true)) {
            throw new InvalidArgumentException('Unknown layer');
        }
        $url = sprintf('%s/%s/%d/%d/%d.png', $this->base, $layer, $z, $x, $y);

        return $this->http->request('GET', $url, ['headers' => ['X-Api-Key' => (string)getenv('TILE_API_KEY')]])->getContent(); // SAFE ssrf
    }

    /**
     * Seasonal overlays (e.g. bloom-date GeoJSON) are referenced by full URL
     * in the widget configuration.
     */
    public function overlay(string $url): string
    {
        if (!str_starts_with($url, $this->overlayHost)) {
            throw new InvalidArgumentException('Overlay must come from the tile server');
        }

        return $this->http->request('GET', $url, ['headers' => ['Accept' => 'application/geo+json']])->getContent(); // VULN ssrf
    }
}
