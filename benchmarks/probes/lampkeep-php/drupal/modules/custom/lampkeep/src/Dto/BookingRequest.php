<?php

declare(strict_types=1);

namespace Drupal\lampkeep\Dto;

use Drupal\Core\Form\FormStateInterface;

/**
 * A visitor's tour booking as captured by the public booking form.
 */
final class BookingRequest {

  public function __construct(
    public readonly int $tourId,
    public readonly string $tourDate,
    public readonly int $partySize,
    public readonly string $contactName,
    public readonly string $contactEmail,
    public readonly string $contactPhone,
    public readonly ?int $partnerId,
    public readonly string $returnTo,
    public readonly string $accessNeeds,
  ) {}

  public static function fromFormState(FormStateInterface $form_state, int $tourId): self {
    $partner = $form_state->getValue('partner_id');

    return new self(
      $tourId,
      (string) $form_state->getValue('tour_date'),
      max(1, (int) $form_state->getValue('party_size')),
      trim((string) $form_state->getValue('contact_name')),
      mb_strtolower(trim((string) $form_state->getValue('contact_email'))),
      trim((string) $form_state->getValue('contact_phone')),
      is_numeric($partner) ? (int) $partner : NULL,
      trim((string) $form_state->getValue('return_to')),
      trim((string) $form_state->getValue('access_needs')),
    );
  }

  /**
   * Column values for the lampkeep_booking table.
   */
  public function toRecord(): array {
    return [
      'tour_id' => $this->tourId,
      'tour_date' => $this->tourDate,
      'party_size' => $this->partySize,
      'contact_name' => $this->contactName,
      'contact_email' => $this->contactEmail,
      'contact_phone' => $this->contactPhone,
      'partner_id' => $this->partnerId,
      'return_to' => $this->returnTo,
      'access_needs' => $this->accessNeeds,
    ];
  }

}
