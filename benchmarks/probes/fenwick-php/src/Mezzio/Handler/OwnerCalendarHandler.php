<?php

declare(strict_types=1);

namespace Fenwick\Mezzio\Handler;

use Fenwick\Domain\Cottage\CottageService;
use Fenwick\Mezzio\Middleware\OwnerAuthMiddleware;
use Fenwick\Messenger\Message\SyncOwnerCalendar;
use Laminas\Diactoros\Response\JsonResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Symfony\Component\Messenger\MessageBusInterface;

/**
 * PUT /owner/cottages/{id}/calendar  {"ical_url": "https://www.airbnb.co.uk/calendar/ical/123.ics?s=..."}
 */
final class OwnerCalendarHandler implements RequestHandlerInterface
{
    public function __construct(
        private readonly CottageService $cottages,
        private readonly MessageBusInterface $bus,
    ) {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $cottageId = (int) $request->getAttribute('id');
        $ownerId = (int) $request->getAttribute(OwnerAuthMiddleware::OWNER_ID);
        $body = (array) $request->getParsedBody();

        $url = trim((string) ($body['ical_url'] ?? ''));
        $scheme = strtolower((string) parse_url($url, PHP_URL_SCHEME));
        if (filter_var($url, FILTER_VALIDATE_URL) === false || !in_array($scheme, ['http', 'https', 'webcal'], true)) {
            return new JsonResponse(['error' => 'Enter the full calendar export link'], 422);
        }
        if ($scheme === 'webcal') {
            $url = 'https' . substr($url, 6);
        }

        if (!$this->cottages->updateCalendarUrl($cottageId, $ownerId, $url)) {
            return new JsonResponse(['error' => 'Cottage not found'], 404);
        }

        $this->bus->dispatch(new SyncOwnerCalendar($cottageId, $ownerId));

        return new JsonResponse(['status' => 'queued', 'calendar_url' => $url], 202);
    }
}
