<?php

declare(strict_types=1);

namespace Drupal\lampkeep\Service;

use Drupal\Component\Datetime\TimeInterface;
use Drupal\Core\Config\ConfigFactoryInterface;
use Drupal\Core\Routing\TrustedRedirectResponse;
use Drupal\Core\Url;
use Drupal\lampkeep\Dto\BookingRequest;
use Drupal\lampkeep\Repository\BookingRepository;
use Lampkeep\Shared\Queue\QueuePublisher;
use Psr\Log\LoggerInterface;
use Symfony\Component\HttpFoundation\Response;

/**
 * Tour booking rules: capacity, references, payment hand-off and partner return.
 */
class BookingService {

  private const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

  public function __construct(
    private readonly BookingRepository $bookings,
    private readonly QueuePublisher $queue,
    private readonly ConfigFactoryInterface $configFactory,
    private readonly TimeInterface $time,
    private readonly LoggerInterface $logger,
  ) {}

  public function getTour(int $tourId): ?array {
    return $this->bookings->tour($tourId);
  }

  public function upcomingTours(): array {
    return $this->bookings->upcomingTours();
  }

  public function partnerOptions(): array {
    return $this->bookings->partnerOptions();
  }

  public function seatsLeft(array $tour, string $date): int {
    return max(0, (int) $tour['capacity'] - $this->bookings->seatsTaken((int) $tour['id'], $date));
  }

  /**
   * Persists a booking and queues the confirmation e-mail / partner post-back.
   */
  public function createBooking(BookingRequest $request): array {
    $tour = $this->bookings->tour($request->tourId);
    if ($tour === NULL) {
      throw new \InvalidArgumentException('Unknown tour.');
    }

    $paid = (int) $tour['price_pence'] > 0;
    $record = $request->toRecord() + [
      'reference' => $this->newReference(),
      'cancel_token' => bin2hex(random_bytes(16)), // SAFE random
      'status' => $paid ? 'awaiting_payment' : 'confirmed',
      'amount_pence' => (int) $tour['price_pence'] * $request->partySize,
      'created' => $this->time->getRequestTime(),
    ];
    $record['id'] = $this->bookings->insert($record);

    if (!$paid) {
      $this->queue->publish(QueuePublisher::BOOKING_CONFIRMED, ['booking_id' => $record['id']]);
    }
    $this->logger->info('Booking @ref created for tour @tour', ['@ref' => $record['reference'], '@tour' => $tour['id']]);

    return $record;
  }

  /**
   * Only return visitors to pages on our own domains or the trust shop.
   */
  public function isTrustedReturn(string $url): bool {
    return (bool) preg_match('#^https://([a-z0-9-]+\.)*lampkeep\.org#i', $url);
  }

  public function paymentRedirect(array $booking): TrustedRedirectResponse {
    $config = $this->configFactory->get('lampkeep.settings');
    $returnUrl = Url::fromRoute('lampkeep.payment_return', [], [
      'absolute' => TRUE,
      'query' => ['booking' => $booking['id']],
    ])->toString();

    $query = http_build_query([
      'merchant' => $config->get('payment.merchant_id'),
      'amount' => $booking['amount_pence'],
      'currency' => 'GBP',
      'reference' => $booking['reference'],
      'return_url' => $returnUrl,
    ]);

    return new TrustedRedirectResponse($config->get('payment.checkout_url') . '?' . $query);
  }

  /**
   * Called when the payment provider sends the visitor back to us.
   */
  public function returnDestination(int $bookingId, string $providerReference): Response {
    $booking = $this->bookings->load($bookingId);
    if ($booking === NULL) {
      return new TrustedRedirectResponse(Url::fromRoute('lampkeep.tours')->setAbsolute()->toString());
    }

    if ($booking['status'] === 'awaiting_payment' && $providerReference !== '') {
      $this->bookings->updateStatus($bookingId, 'confirmed', ['provider_reference' => $providerReference]);
      $this->queue->publish(QueuePublisher::BOOKING_CONFIRMED, ['booking_id' => $bookingId]);
    }

    if (!empty($booking['return_to'])) {
      return new TrustedRedirectResponse($booking['return_to']); // VULN redirect
    }

    return new TrustedRedirectResponse(Url::fromRoute('lampkeep.booking_confirmation', ['booking_id' => $bookingId])->setAbsolute()->toString());
  }

  public function lookup(string $reference, string $email): ?array {
    $reference = strtoupper(trim($reference));
    if ($reference === '' || $email === '') {
      return NULL;
    }

    return $this->bookings->findByReference($reference, mb_strtolower(trim($email)));
  }

  public function cancel(int $bookingId, string $token): bool {
    $booking = $this->bookings->findForCancellation($bookingId, $token);
    if ($booking === NULL) {
      return FALSE;
    }
    $this->bookings->updateStatus($bookingId, 'cancelled', ['cancelled' => $this->time->getRequestTime()]);

    return TRUE;
  }

  public function load(int $bookingId): ?array {
    return $this->bookings->load($bookingId);
  }

  private function newReference(): string {
    $out = 'LK';
    for ($i = 0; $i < 8; $i++) {
      $out .= self::REFERENCE_ALPHABET[random_int(0, strlen(self::REFERENCE_ALPHABET) - 1)];
    }

    return $out;
  }

}
