<?php

declare(strict_types=1);

namespace Fenwick\Slim\Action;

use Fenwick\Domain\Booking\BookingService;
use Fenwick\Domain\Cottage\CottageService;
use Fenwick\Infrastructure\Media\InvoicePdfRenderer;
use Fenwick\Infrastructure\Storage\StoredFile;
use Fenwick\Slim\Http\Responder;
use League\Plates\Engine;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;

final class GuestInvoiceAction
{
    public function __construct(
        private readonly BookingService $bookings,
        private readonly CottageService $cottages,
        private readonly InvoicePdfRenderer $pdf,
        private readonly Engine $templates,
        private readonly Responder $responder,
    ) {
    }

    public function __invoke(ServerRequestInterface $request, ResponseInterface $response, array $args): ResponseInterface
    {
        $reference = strtoupper((string) $args['reference']);
        if (!preg_match(BookingService::REFERENCE_PATTERN, $reference)) {
            return $this->responder->notFound($response);
        }

        $booking = $this->bookings->fromPortalCookie($request->getCookieParams()['fenwick_stay'] ?? null);
        if ($booking === null || $booking->reference !== $reference) {
            return $response->withHeader('Location', '/login?next=/my-stay')->withStatus(302);
        }

        $query = $request->getQueryParams();
        $downloadName = isset($query['as']) && $query['as'] !== '' ? (string) $query['as'] : 'invoice-' . $reference;

        $html = $this->templates->render('guest/invoice', [
            'booking' => $booking,
            'cottage' => $this->cottages->byId($booking->cottageId),
        ]);
        $pdfPath = $this->pdf->renderInvoice($html, $downloadName);

        return $this->responder->file($response, StoredFile::fromPath($pdfPath, (string) file_get_contents($pdfPath)));
    }
}
