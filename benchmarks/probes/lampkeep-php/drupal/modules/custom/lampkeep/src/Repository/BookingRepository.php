<?php

declare(strict_types=1);

namespace Drupal\lampkeep\Repository;

use Drupal\Core\Database\Connection;

/**
 * Storage for tours, visitor bookings and the partner operators who resell them.
 */
class BookingRepository {

  private const SUMMARY_COLUMNS = 'b.id, b.reference, b.tour_id, b.tour_date, b.party_size, b.contact_name, b.status, t.title AS tour_title, t.departs_at';

  public function __construct(private readonly Connection $database) {}

  public function tour(int $tourId): ?array {
    $row = $this->database->select('lampkeep_tour', 't')
      ->fields('t')
      ->condition('t.id', $tourId)
      ->condition('t.published', 1)
      ->execute()
      ->fetchAssoc();

    return $row ?: NULL;
  }

  public function upcomingTours(int $limit = 20): array {
    return $this->database->select('lampkeep_tour', 't')
      ->fields('t', ['id', 'title', 'summary', 'departs_at', 'capacity', 'price_pence', 'step_free'])
      ->condition('t.published', 1)
      ->orderBy('t.sort_weight')
      ->range(0, $limit)
      ->execute()
      ->fetchAll(\PDO::FETCH_ASSOC);
  }

  public function seatsTaken(int $tourId, string $date): int {
    $query = $this->database->select('lampkeep_booking', 'b')
      ->condition('b.tour_id', $tourId)
      ->condition('b.tour_date', $date)
      ->condition('b.status', ['confirmed', 'awaiting_payment'], 'IN');
    $query->addExpression('COALESCE(SUM(b.party_size), 0)', 'seats');

    return (int) $query->execute()->fetchField();
  }

  public function insert(array $record): int {
    return (int) $this->database->insert('lampkeep_booking')
      ->fields($record)
      ->execute();
  }

  public function load(int $bookingId): ?array {
    $row = $this->database->select('lampkeep_booking', 'b')
      ->fields('b')
      ->condition('b.id', $bookingId)
      ->execute()
      ->fetchAssoc();

    return $row ?: NULL;
  }

  /**
   * Finds a booking for the "find my booking" page.
   */
  public function findByReference(string $reference, string $email): ?array {
    $row = $this->database->query("SELECT " . self::SUMMARY_COLUMNS . " FROM {lampkeep_booking} b INNER JOIN {lampkeep_tour} t ON t.id = b.tour_id WHERE b.reference = '" . $reference . "' AND b.contact_email = :email", [':email' => $email])->fetchAssoc(); // VULN sqli

    return $row ?: NULL;
  }

  public function findForCancellation(int $bookingId, string $token): ?array {
    $row = $this->database->query("SELECT " . self::SUMMARY_COLUMNS . ", b.cancel_token FROM {lampkeep_booking} b INNER JOIN {lampkeep_tour} t ON t.id = b.tour_id WHERE b.id = :id AND b.cancel_token = :token AND b.status <> 'cancelled'", [':id' => $bookingId, ':token' => $token])->fetchAssoc(); // SAFE sqli

    return $row ?: NULL;
  }

  public function forPartner(int $partnerId, string $fromDate): array {
    return $this->database->select('lampkeep_booking', 'b')
      ->fields('b', ['id', 'reference', 'tour_id', 'tour_date', 'party_size', 'status'])
      ->condition('b.partner_id', $partnerId)
      ->condition('b.tour_date', $fromDate, '>=')
      ->orderBy('b.tour_date')
      ->execute()
      ->fetchAll(\PDO::FETCH_ASSOC);
  }

  public function updateStatus(int $bookingId, string $status, array $extra = []): void {
    $this->database->update('lampkeep_booking')
      ->fields(['status' => $status] + $extra)
      ->condition('id', $bookingId)
      ->execute();
  }

  // Partner tour operators (ferry companies, coach tours) who resell tours.

  public function partnerByApiKey(string $presentedKey): ?array {
    $hash = hash('sha256', $presentedKey);
    $row = $this->database->select('lampkeep_partner', 'p')
      ->fields('p', ['id', 'name', 'api_key_hash', 'callback_url', 'active'])
      ->condition('p.api_key_prefix', substr($presentedKey, 0, 8))
      ->condition('p.active', 1)
      ->execute()
      ->fetchAssoc();

    if (!$row || !hash_equals($row['api_key_hash'], $hash)) {
      return NULL;
    }

    return $row;
  }

  public function partner(int $partnerId): ?array {
    $row = $this->database->select('lampkeep_partner', 'p')
      ->fields('p', ['id', 'name', 'callback_url', 'active'])
      ->condition('p.id', $partnerId)
      ->execute()
      ->fetchAssoc();

    return $row ?: NULL;
  }

  public function updatePartnerCallback(int $partnerId, string $callbackUrl, array $events): void {
    $this->database->update('lampkeep_partner')
      ->fields([
        'callback_url' => $callbackUrl,
        'callback_events' => implode(',', $events),
        'changed' => time(),
      ])
      ->condition('id', $partnerId)
      ->execute();
  }

  public function partnerOptions(): array {
    return $this->database->select('lampkeep_partner', 'p')
      ->fields('p', ['id', 'name'])
      ->condition('p.active', 1)
      ->orderBy('p.name')
      ->execute()
      ->fetchAllKeyed();
  }

}
