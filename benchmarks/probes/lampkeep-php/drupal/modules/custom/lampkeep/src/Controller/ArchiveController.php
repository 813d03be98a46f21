<?php

declare(strict_types=1);

namespace Drupal\lampkeep\Controller;

use Drupal\Core\Controller\ControllerBase;
use Drupal\Core\Url;
use Drupal\lampkeep\Service\ArchiveService;
use Symfony\Component\DependencyInjection\ContainerInterface;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;

/**
 * The digitised keepers' logbooks.
 */
class ArchiveController extends ControllerBase {

  public function __construct(private readonly ArchiveService $archive) {}

  public static function create(ContainerInterface $container): static {
    return new static($container->get('lampkeep.archive_service'));
  }

  public function entryTitle(int $entry_id): string {
    $entry = $this->archive->entry($entry_id);

    return $entry ? sprintf('%s, %s', $entry['station'], $entry['logged_on']) : (string) $this->t('Log entry');
  }

  public function entry(int $entry_id): array {
    $entry = $this->archive->entry($entry_id);
    if ($entry === NULL) {
      throw new NotFoundHttpException();
    }

    $scanUrl = NULL;
    if (!empty($entry['scan_file'])) {
      $scanUrl = Url::fromRoute('lampkeep.archive_scan', [], ['query' => ['file' => $entry['scan_file']]])->toString();
    }

    return [
      '#theme' => 'lampkeep_log_entry',
      '#entry' => $entry,
      '#transcript_url' => Url::fromRoute('lampkeep.archive_transcript', ['entry_id' => $entry_id])->toString(),
      '#scan_url' => $scanUrl,
      '#related' => $this->archive->related($entry),
      '#cache' => ['tags' => ['lampkeep_log_entry:' . $entry_id]],
    ];
  }

  public function transcript(int $entry_id): Response {
    $entry = $this->archive->entry($entry_id);
    $text = $entry ? $this->archive->transcriptText($entry) : NULL;
    if ($text === NULL) {
      throw new NotFoundHttpException();
    }

    return new Response($text, Response::HTTP_OK, [
      'Content-Type' => 'text/plain; charset=utf-8',
      'Content-Disposition' => sprintf('attachment; filename="logbook-%d.txt"', $entry_id),
    ]);
  }

  public function scan(Request $request): Response {
    return $this->archive->scanResponse((string) $request->query->get('file', ''));
  }

  public function keepers(Request $request): array {
    $keeper = (string) $request->query->get('keeper', '');
    $station = (string) $request->query->get('station', '');

    $results = $keeper !== ''
      ? $this->archive->entriesByKeeper($keeper)
      : $this->archive->entriesByStation($station);

    $items = [];
    foreach ($results as $row) {
      $items[] = [
        '#type' => 'link',
        '#title' => sprintf('%s — %s (%s)', $row['date'], $row['title'], $row['keeper']),
        '#url' => Url::fromRoute('lampkeep.archive_entry', ['entry_id' => $row['id']]),
      ];
    }

    return [
      '#theme' => 'item_list',
      '#items' => $items,
      '#empty' => $this->t('No catalogued entries.'),
      '#cache' => ['contexts' => ['url.query_args']],
    ];
  }

  public function search(Request $request): array {
    $q = trim((string) $request->query->get('q', ''));
    $build = ['#cache' => ['contexts' => ['url.query_args:q']]];
    if ($q === '') {
      return $build;
    }

    $rows = $this->archive->search($q);
    if ($rows === []) {
      $build['empty'] = ['#markup' => $this->t('No log entries mention %q.', ['%q' => $q])]; // SAFE xss
      return $build;
    }

    $build['results'] = [
      '#type' => 'table',
      '#header' => [$this->t('Date'), $this->t('Station'), $this->t('Keeper'), $this->t('Summary')],
      '#rows' => array_map(static fn(array $r): array => [
        $r['logged_on'],
        $r['station'],
        $r['keeper'],
        ['data' => ['#type' => 'link', '#title' => $r['summary'], '#url' => Url::fromRoute('lampkeep.archive_entry', ['entry_id' => $r['id']])]],
      ], $rows),
    ];

    return $build;
  }

}
