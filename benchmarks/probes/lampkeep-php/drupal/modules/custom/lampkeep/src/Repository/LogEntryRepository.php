<?php

declare(strict_types=1);

namespace Drupal\lampkeep\Repository;

use Drupal\Core\Database\Connection;

/**
 * Storage for transcribed keepers' log entries.
 *
 * Rows are written by the logbook import worker (workers/src/Consumer).
 */
class LogEntryRepository {

  public function __construct(private readonly Connection $database) {}

  public function load(int $entryId): ?array {
    $row = $this->database->select('lampkeep_log_entry', 'l')
      ->fields('l')
      ->condition('l.id', $entryId)
      ->condition('l.published', 1)
      ->execute()
      ->fetchAssoc();

    return $row ?: NULL;
  }

  public function byYear(int|string $year, int $limit = 50): array {
    return $this->database->query("SELECT id, station, keeper, logged_on, summary FROM {lampkeep_log_entry} WHERE published = 1 AND logged_year = " . (int) $year . " ORDER BY logged_on", [])->fetchAll(\PDO::FETCH_ASSOC); // SAFE sqli
  }

  public function search(string $text, int $limit = 25): array {
    $query = $this->database->select('lampkeep_log_entry', 'l')
      ->fields('l', ['id', 'station', 'keeper', 'logged_on', 'summary'])
      ->condition('l.published', 1)
      ->range(0, $limit)
      ->orderBy('l.logged_on', 'DESC');
    $query->condition('l.summary', '%' . $this->database->escapeLike($text) . '%', 'LIKE');

    return $query->execute()->fetchAll(\PDO::FETCH_ASSOC); // SAFE sqli
  }

  public function neighbours(string $station, string $loggedOn): array {
    return $this->database->select('lampkeep_log_entry', 'l')
      ->fields('l', ['id', 'logged_on', 'summary'])
      ->condition('l.station', $station)
      ->condition('l.published', 1)
      ->condition('l.logged_on', [
        date('Y-m-d', strtotime($loggedOn . ' -3 days')),
        date('Y-m-d', strtotime($loggedOn . ' +3 days')),
      ], 'BETWEEN')
      ->orderBy('l.logged_on')
      ->execute()
      ->fetchAll(\PDO::FETCH_ASSOC);
  }

}
