<?php

declare(strict_types=1);

namespace Fenwick\Slim\Action;

use DateTimeImmutable;
use Fenwick\Domain\Booking\BookingService;
use Fenwick\Domain\Cottage\CottageService;
use Fenwick\Infrastructure\Storage\GuideStorage;
use League\Plates\Engine;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;

final class GuestPortalAction
{
    public function __construct(
        private readonly BookingService $bookings,
        private readonly CottageService $cottages,
        private readonly GuideStorage $guides,
        private readonly Engine $templates,
    ) {
    }

    public function __invoke(ServerRequestInterface $request, ResponseInterface $response, array $args): ResponseInterface
    {
        $booking = $this->bookings->fromPortalCookie($request->getCookieParams()['fenwick_stay'] ?? null);
        if ($booking === null) {
            return $response->withHeader('Location', '/login?next=/my-stay')->withStatus(302);
        }

        $cottage = $this->cottages->byId($booking->cottageId);

        $response->getBody()->write($this->templates->render('guest/portal', [
            'booking' => $booking,
            'cottage' => $cottage,
            'guides' => $cottage === null ? [] : $this->guides->listGuides($cottage->id),
            'prefs' => $request->getAttribute('prefs', []),
            'upcoming' => $booking->isUpcoming(new DateTimeImmutable('today')),
        ]));

        return $response->withHeader('Content-Type', 'text/html; charset=utf-8');
    }
}
