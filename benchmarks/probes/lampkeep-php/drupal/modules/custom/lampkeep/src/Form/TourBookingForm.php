<?php

declare(strict_types=1);

namespace Drupal\lampkeep\Form;

use Drupal\Core\Form\FormBase;
use Drupal\Core\Form\FormStateInterface;
use Drupal\Core\Routing\TrustedRedirectResponse;
use Drupal\lampkeep\Dto\BookingRequest;
use Drupal\lampkeep\Service\BookingService;
use Symfony\Component\DependencyInjection\ContainerInterface;
use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;

/**
 * Public booking form for a lighthouse tour.
 *
 * Partner operators embed a link to this form with ?partner=<id>&return_to=<url>
 * so that visitors land back on the operator's itinerary page afterwards.
 */
class TourBookingForm extends FormBase {

  private const MAX_PARTY = 12;

  public function __construct(private readonly BookingService $bookingService) {}

  public static function create(ContainerInterface $container): static {
    return new static($container->get('lampkeep.booking_service'));
  }

  public function getFormId(): string {
    return 'lampkeep_tour_booking_form';
  }

  public function buildForm(array $form, FormStateInterface $form_state, ?int $tour_id = NULL): array {
    $tour = $tour_id ? $this->bookingService->getTour((int) $tour_id) : NULL;
    if ($tour === NULL) {
      throw new NotFoundHttpException();
    }
    $form_state->set('tour', $tour);
    $query = $this->getRequest()->query;

    $form['intro'] = [
      '#type' => 'html_tag',
      '#tag' => 'p',
      '#value' => $this->t('Booking: %tour', ['%tour' => $tour['title']]),
    ];
    $form['tour_date'] = [
      '#type' => 'date',
      '#title' => $this->t('Date'),
      '#required' => TRUE,
      '#attributes' => ['min' => date('Y-m-d')],
    ];
    $form['party_size'] = [
      '#type' => 'number',
      '#title' => $this->t('Number of visitors'),
      '#min' => 1,
      '#max' => self::MAX_PARTY,
      '#default_value' => 2,
      '#required' => TRUE,
    ];
    $form['contact_name'] = [
      '#type' => 'textfield',
      '#title' => $this->t('Your name'),
      '#maxlength' => 120,
      '#required' => TRUE,
    ];
    $form['contact_email'] = [
      '#type' => 'email',
      '#title' => $this->t('E-mail'),
      '#required' => TRUE,
    ];
    $form['contact_phone'] = [
      '#type' => 'tel',
      '#title' => $this->t('Mobile (for tide or weather cancellations)'),
    ];
    $form['access_needs'] = [
      '#type' => 'textarea',
      '#title' => $this->t('Access needs'),
      '#description' => $this->t('The tower has 168 steps. Tell us how we can help.'),
      '#rows' => 3,
    ];
    $form['partner_id'] = [
      '#type' => 'hidden',
      '#default_value' => (string) (int) $query->get('partner', 0) ?: '',
    ];
    $form['return_to'] = [
      '#type' => 'hidden',
      '#default_value' => (string) $query->get('return_to', ''),
    ];
    $form['actions'] = ['#type' => 'actions'];
    $form['actions']['submit'] = [
      '#type' => 'submit',
      '#value' => (int) $tour['price_pence'] > 0 ? $this->t('Continue to payment') : $this->t('Book now'),
    ];

    return $form;
  }

  public function validateForm(array &$form, FormStateInterface $form_state): void {
    $tour = $form_state->get('tour');
    $date = (string) $form_state->getValue('tour_date');
    if (!preg_match('/^\d{4}-\d{2}-\d{2}$/', $date) || $date < date('Y-m-d')) {
      $form_state->setErrorByName('tour_date', $this->t('Choose a date from today onwards.'));
      return;
    }
    $party = (int) $form_state->getValue('party_size');
    if ($party < 1 || $party > self::MAX_PARTY) {
      $form_state->setErrorByName('party_size', $this->t('Groups larger than @max must call the office.', ['@max' => self::MAX_PARTY]));
    }
    if ($this->bookingService->seatsLeft($tour, $date) < $party) {
      $form_state->setErrorByName('party_size', $this->t('Not enough places left on that date.'));
    }
  }

  public function submitForm(array &$form, FormStateInterface $form_state): void {
    $tour = $form_state->get('tour');
    $request = BookingRequest::fromFormState($form_state, (int) $tour['id']);
    $booking = $this->bookingService->createBooking($request);

    if ($booking['status'] === 'awaiting_payment') {
      $form_state->setResponse($this->bookingService->paymentRedirect($booking));
      return;
    }

    $this->messenger()->addStatus($this->t('Booked! Your reference is %ref.', ['%ref' => $booking['reference']]));
    if ($request->returnTo !== '' && $this->bookingService->isTrustedReturn($request->returnTo)) {
      $form_state->setResponse(new TrustedRedirectResponse($request->returnTo)); // VULN redirect
      return;
    }

    $form_state->setRedirect('lampkeep.booking_confirmation', ['booking_id' => $booking['id']]);
  }

}
