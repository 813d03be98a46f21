<?php

declare(strict_types=1);

namespace Drupal\lampkeep\Service;

use Drupal\Core\Config\ConfigFactoryInterface;
use GuzzleHttp\ClientInterface;
use GuzzleHttp\Exception\GuzzleException;
use Psr\Log\LoggerInterface;

/**
 * Visitor information feeds: tidal predictions and the lighthouse webcams.
 *
 * Crossing to the tower is only possible around low water, so the tours page
 * shows the next tide times next to each departure.
 */
class TideFeedClient {

  private const WEBCAMS = [
    'gallery' => 'https://cams.lampkeep.org/gallery/latest.jpg',
    'jetty' => 'https://cams.lampkeep.org/jetty/latest.jpg',
    'lantern' => 'https://cams.lampkeep.org/lantern/latest.jpg',
  ];

  public function __construct(
    private readonly ClientInterface $httpClient,
    private readonly ConfigFactoryInterface $configFactory,
    private readonly LoggerInterface $logger,
  ) {}

  /**
   * Tidal events for the next two days at an Admiralty station, e.g. "0110".
   */
  public function tides(string $stationId): array {
    if (!ctype_digit($stationId) || strlen($stationId) > 6) {
      throw new \InvalidArgumentException('Invalid tidal station.');
    }
    $config = $this->configFactory->get('lampkeep.settings');
    $base = rtrim((string) $config->get('tides.api_base'), '/');

    try {
      $response = $this->httpClient->request('GET', $base . '/Stations/' . $stationId . '/TidalEvents', ['query' => ['duration' => 2], 'headers' => ['Ocp-Apim-Subscription-Key' => (string) $config->get('tides.api_key')], 'timeout' => 6]); // SAFE ssrf
    }
    catch (GuzzleException $e) {
      $this->logger->warning('Tide feed unavailable: @msg', ['@msg' => $e->getMessage()]);
      return [];
    }

    $events = json_decode((string) $response->getBody(), TRUE) ?: [];

    return array_map(static fn(array $event): array => [
      'type' => $event['EventType'] ?? '',
      'at' => $event['DateTime'] ?? '',
      'height' => isset($event['Height']) ? round((float) $event['Height'], 1) : NULL,
    ], $events);
  }

  /**
   * Latest still from one of the webcams, proxied so visitors' browsers do not
   * hit the camera host directly.
   *
   * @return array{body: string, type: string}
   */
  public function snapshot(string $feed): array {
    $url = self::WEBCAMS[$feed] ?? $feed;

    $response = $this->httpClient->request('GET', $url, ['timeout' => 5, 'http_errors' => FALSE]); // VULN ssrf

    return [
      'body' => (string) $response->getBody(),
      'type' => $response->getHeaderLine('Content-Type') ?: 'image/jpeg',
    ];
  }

  public function feeds(): array {
    return array_keys(self::WEBCAMS);
  }

}
