<?php

declare(strict_types=1);

namespace Drupal\lampkeep\Controller;

use Drupal\Component\Utility\UrlHelper;
use Drupal\Core\Controller\ControllerBase;
use Drupal\Core\Routing\LocalRedirectResponse;
use Drupal\Core\Url;
use Drupal\lampkeep\Service\BookingService;
use Drupal\lampkeep\Service\TideFeedClient;
use GuzzleHttp\Exception\GuzzleException;
use Symfony\Component\DependencyInjection\ContainerInterface;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;

/**
 * Public tour pages: listing, booking lookup/cancellation, payment return and
 * visitor conditions.
 */
class TourController extends ControllerBase {

  public function __construct(
    private readonly BookingService $bookingService,
    private readonly TideFeedClient $tideFeed,
  ) {}

  public static function create(ContainerInterface $container): static {
    return new static(
      $container->get('lampkeep.booking_service'),
      $container->get('lampkeep.tide_feed_client'),
    );
  }

  public function listing(): array {
    $tours = [];
    foreach ($this->bookingService->upcomingTours() as $tour) {
      $tour['book_url'] = Url::fromRoute('lampkeep.booking_form', ['tour_id' => $tour['id']])->toString();
      $tour['price'] = $tour['price_pence'] > 0 ? sprintf('£%.2f', $tour['price_pence'] / 100) : $this->t('Free');
      $tours[] = $tour;
    }

    return [
      '#theme' => 'lampkeep_tour_list',
      '#tours' => $tours,
      '#conditions_url' => Url::fromRoute('lampkeep.conditions')->toString(),
      '#lookup_url' => Url::fromRoute('lampkeep.booking_lookup')->toString(),
      '#cache' => ['max-age' => 300, 'tags' => ['lampkeep_tour_list']],
    ];
  }

  public function confirmation(int $booking_id): array {
    $booking = $this->bookingService->load($booking_id);
    if ($booking === NULL || $booking['status'] !== 'confirmed') {
      throw new NotFoundHttpException();
    }

    return [
      '#type' => 'container',
      'message' => ['#markup' => $this->t('Thank you, @name. Your booking reference is %ref.', ['@name' => $booking['contact_name'], '%ref' => $booking['reference']])],
      'note' => ['#markup' => $this->t('Please arrive at the causeway gate 20 minutes before departure.')],
      '#cache' => ['max-age' => 0],
    ];
  }

  public function lookup(Request $request): array {
    $reference = (string) $request->query->get('reference', '');
    $email = (string) $request->query->get('email', '');

    $build = [
      '#cache' => ['max-age' => 0],
      'form' => [
        '#type' => 'html_tag',
        '#tag' => 'p',
        '#value' => $this->t('Enter the reference from your confirmation e-mail.'),
      ],
    ];
    if ($reference === '') {
      return $build;
    }

    $booking = $this->bookingService->lookup($reference, $email);
    if ($booking === NULL) {
      $build['result'] = ['#markup' => $this->t('We could not find booking %ref for that e-mail address.', ['%ref' => $reference])];
      return $build;
    }

    $build['result'] = [
      '#type' => 'table',
      '#header' => [$this->t('Tour'), $this->t('Date'), $this->t('Party'), $this->t('Status')],
      '#rows' => [[
        ['data' => ['#plain_text' => $booking['tour_title']]],
        ['data' => ['#plain_text' => $booking['tour_date']]],
        ['data' => ['#plain_text' => (string) $booking['party_size']]],
        ['data' => ['#plain_text' => $booking['status']]],
      ]],
    ];

    return $build;
  }

  public function cancel(Request $request, int $booking_id): Response {
    $token = (string) $request->query->get('token', '');
    if ($this->bookingService->cancel($booking_id, $token)) {
      $this->messenger()->addStatus($this->t('Your booking has been cancelled.'));
    }
    else {
      $this->messenger()->addError($this->t('That cancellation link is no longer valid.'));
    }

    $destination = (string) $request->query->get('destination', '/tours');
    if ($destination === '' || UrlHelper::isExternal($destination)) {
      $destination = '/tours';
    }

    return new LocalRedirectResponse($destination); // SAFE redirect
  }

  public function paymentReturn(Request $request): Response {
    $bookingId = (int) $request->query->get('booking', 0);
    $providerReference = preg_replace('/[^A-Za-z0-9_-]/', '', (string) $request->query->get('txn', ''));

    return $this->bookingService->returnDestination($bookingId, $providerReference);
  }

  public function conditions(Request $request): array {
    $station = (string) $request->query->get('station', '0110');
    try {
      $events = $this->tideFeed->tides($station);
    }
    catch (\InvalidArgumentException) {
      $events = [];
    }

    $rows = [];
    foreach ($events as $event) {
      $rows[] = [$event['type'], $event['at'], $event['height'] === NULL ? '-' : $event['height'] . ' m'];
    }

    return [
      '#type' => 'table',
      '#caption' => $this->t('Tide times for the causeway'),
      '#header' => [$this->t('Tide'), $this->t('Time'), $this->t('Height')],
      '#rows' => $rows,
      '#empty' => $this->t('Tide predictions are unavailable right now.'),
      '#cache' => ['max-age' => 900, 'contexts' => ['url.query_args:station']],
    ];
  }

  public function webcam(Request $request): Response {
    $feed = (string) $request->query->get('feed', 'gallery');
    try {
      $image = $this->tideFeed->snapshot($feed);
    }
    catch (GuzzleException) {
      return new Response('', Response::HTTP_SERVICE_UNAVAILABLE);
    }

    return new Response($image['body'], Response::HTTP_OK, [
      'Content-Type' => $image['type'],
      'Cache-Control' => 'public, max-age=60',
    ]);
  }

}
