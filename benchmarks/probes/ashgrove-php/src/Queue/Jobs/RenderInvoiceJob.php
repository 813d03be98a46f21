<?php

declare(strict_types=1);

namespace Ashgrove\Queue\Jobs;

use Ashgrove\Bootstrap\Services;
use Ashgrove\Repository\BookingRepository;
use RuntimeException;

final class RenderInvoiceJob
{
    public function __construct(private readonly Services $services)
    {
    }

    public function handle(array $payload): void
    {
        $repository = new BookingRepository();
        $booking = $repository->find((int) $payload['booking_id']);
        if ($booking === null) {
            throw new RuntimeException('Booking ' . $payload['booking_id'] . ' no longer exists.');
        }

        $html = $this->services->templates()->page('admin.invoice', [
            'booking' => $booking,
            'issuedAt' => new \DateTimeImmutable(),
            'deposit' => min(50.0, $booking->quoted_price),
        ]);

        $htmlFile = tempnam(sys_get_temp_dir(), 'inv') . '.html';
        file_put_contents($htmlFile, $html);

        try {
            $pdf = $this->services->reports()->renderInvoicePdf($htmlFile, (string) ($payload['paper'] ?? 'A4'), $booking->reference);
        } finally {
            @unlink($htmlFile);
        }

        $repository->markInvoiced($booking->id, $pdf);
    }
}
