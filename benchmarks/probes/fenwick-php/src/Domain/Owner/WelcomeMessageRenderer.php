<?php

declare(strict_types=1);

namespace Fenwick\Domain\Owner;

use Fenwick\Domain\Booking\Booking;
use Fenwick\Domain\Cottage\Cottage;
use Twig\Environment;

/**
 * Owners write a personal welcome note that goes into the arrival email.
 * It may use placeholders such as {{ guest_name }} and {{ arrival_date }}.
 */
final class WelcomeMessageRenderer
{
    public const DEFAULT_TEMPLATE = "Dear {{ guest_name }},\n\nWelcome to {{ cottage_name }}! The key safe is by the back door.";

    public function __construct(private readonly Environment $twig)
    {
    }

    public function preview(string $ownerTemplate, Cottage $cottage): string
    {
        $sample = [
            'guest_name' => 'Ms Example',
            'arrival_date' => date('l j F', strtotime('next friday')),
            'nights' => 3,
            'cottage_name' => $cottage->name,
            'village' => $cottage->village,
        ];

        return $this->twig->createTemplate($ownerTemplate, 'owner-welcome-' . $cottage->id)->render($sample); // VULN ssti
    }

    public function arrivalEmail(Cottage $cottage, Booking $booking, string $ownerNote): string
    {
        return $this->twig->render('emails/welcome.html.twig', [ // SAFE ssti
            'cottage' => $cottage,
            'booking' => $booking,
            'owner_note' => $ownerNote,
        ]);
    }
}
