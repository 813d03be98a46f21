<?php

declare(strict_types=1);

namespace Drupal\lampkeep\Controller;

use Drupal\Core\Controller\ControllerBase;
use Drupal\lampkeep\Repository\BookingRepository;
use Symfony\Component\DependencyInjection\ContainerInterface;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;

/**
 * Small JSON API for partner tour operators who resell lighthouse tours.
 */
class PartnerController extends ControllerBase {

  private const EVENTS = ['booking.confirmed', 'booking.cancelled'];

  public function __construct(private readonly BookingRepository $bookings) {}

  public static function create(ContainerInterface $container): static {
    return new static($container->get('lampkeep.booking_repository'));
  }

  /**
   * Lets an operator register where booking notifications are posted.
   */
  public function registerCallback(Request $request): JsonResponse {
    $partner = $this->authenticate($request);
    if ($partner === NULL) {
      return new JsonResponse(['error' => 'unauthorised'], 401);
    }

    $body = json_decode($request->getContent(), TRUE);
    $url = is_array($body) ? trim((string) ($body['callback_url'] ?? '')) : '';
    if ($url === '' || filter_var($url, FILTER_VALIDATE_URL) === FALSE) {
      return new JsonResponse(['error' => 'callback_url must be an absolute URL'], 422);
    }
    $events = array_values(array_intersect(self::EVENTS, (array) ($body['events'] ?? self::EVENTS)));

    $this->bookings->updatePartnerCallback((int) $partner['id'], $url, $events);

    return new JsonResponse(['partner' => $partner['name'], 'callback_url' => $url, 'events' => $events]);
  }

  public function bookings(Request $request): JsonResponse {
    $partner = $this->authenticate($request);
    if ($partner === NULL) {
      return new JsonResponse(['error' => 'unauthorised'], 401);
    }
    $from = (string) $request->query->get('from', date('Y-m-d'));
    if (!preg_match('/^\d{4}-\d{2}-\d{2}$/', $from)) {
      $from = date('Y-m-d');
    }

    return new JsonResponse(['bookings' => $this->bookings->forPartner((int) $partner['id'], $from)]);
  }

  private function authenticate(Request $request): ?array {
    $key = (string) $request->headers->get('X-Partner-Key', '');
    if (strlen($key) < 24) {
      return NULL;
    }

    return $this->bookings->partnerByApiKey($key);
  }

}
