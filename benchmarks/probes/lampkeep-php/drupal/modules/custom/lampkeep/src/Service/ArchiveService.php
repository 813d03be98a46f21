<?php

declare(strict_types=1);

namespace Drupal\lampkeep\Service;

use Drupal\Core\Config\ConfigFactoryInterface;
use Drupal\lampkeep\Repository\LogEntryRepository;
use Lampkeep\Shared\Security\PathGuard;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\ResponseHeaderBag;
use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;

/**
 * Read side of the keepers' log archive: catalogue, transcripts and page scans.
 */
class ArchiveService {

  private ?\DOMXPath $catalogue = NULL;

  public function __construct(
    private readonly LogEntryRepository $entries,
    private readonly ConfigFactoryInterface $configFactory,
  ) {}

  public function entry(int $entryId): ?array {
    return $this->entries->load($entryId);
  }

  public function related(array $entry): array {
    return $this->entries->neighbours((string) $entry['station'], (string) $entry['logged_on']);
  }

  public function search(string $text): array {
    if (preg_match('/^\d{4}$/', $text)) {
      return $this->entries->byYear($text);
    }

    return $this->entries->search($text);
  }

  /**
   * Streams a page scan. Scans are stored as <station>/<year>/<page>.jpg.
   */
  public function scanResponse(string $file): BinaryFileResponse {
    if ($file === '' || str_contains($file, '..') || str_starts_with($file, '/')) {
      throw new NotFoundHttpException();
    }
    $relative = rawurldecode($file);
    $root = rtrim((string) $this->setting('scan_root'), '/');

    $response = new BinaryFileResponse($root . '/' . $relative); // VULN path
    $response->setContentDisposition(ResponseHeaderBag::DISPOSITION_INLINE, basename($relative));
    $response->setMaxAge(86400);

    return $response;
  }

  public function transcriptText(array $entry): ?string {
    $path = PathGuard::resolveWithin((string) $this->setting('transcript_root'), (string) $entry['transcript_file']);
    if ($path === NULL) {
      return NULL;
    }

    return file_get_contents($path); // SAFE path
  }

  /**
   * Catalogue entries attributed to a named keeper.
   */
  public function entriesByKeeper(string $keeper): array {
    $keeper = trim($keeper);
    if ($keeper === '') {
      return [];
    }
    $nodes = $this->catalogue()->query("//entry[@restricted='0' and keeper='" . $keeper . "']"); // VULN xpath

    return $this->collect($nodes);
  }

  /**
   * Catalogue entries for a station, e.g. "Skerryvore" or "Bell Rock".
   */
  public function entriesByStation(string $station): array {
    if (!preg_match('/^[A-Z][A-Za-z -]{1,40}$/', $station)) {
      return [];
    }
    $nodes = $this->catalogue()->query("//entry[@restricted='0' and @station='" . $station . "']"); // SAFE xpath

    return $this->collect($nodes);
  }

  private function collect(\DOMNodeList|false $nodes): array {
    $out = [];
    if ($nodes === FALSE) {
      return $out;
    }
    foreach ($nodes as $node) {
      if (!$node instanceof \DOMElement) {
        continue;
      }
      $out[] = [
        'id' => (int) $node->getAttribute('id'),
        'station' => $node->getAttribute('station'),
        'keeper' => trim((string) $node->getElementsByTagName('keeper')->item(0)?->textContent),
        'date' => trim((string) $node->getElementsByTagName('date')->item(0)?->textContent),
        'title' => trim((string) $node->getElementsByTagName('title')->item(0)?->textContent),
      ];
    }

    return $out;
  }

  private function catalogue(): \DOMXPath {
    if ($this->catalogue === NULL) {
      $doc = new \DOMDocument();
      $path = (string) $this->setting('catalogue_path');
      if (!$doc->load($path, LIBXML_NONET)) {
        throw new \RuntimeException('Archive catalogue unavailable.');
      }
      $this->catalogue = new \DOMXPath($doc);
    }

    return $this->catalogue;
  }

  private function setting(string $key): mixed {
    return $this->configFactory->get('lampkeep.settings')->get('archive.' . $key);
  }

}
