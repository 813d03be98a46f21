<?php

declare(strict_types=1);

namespace Tidemill\Handler;

use DateTimeImmutable;
use DomainException;
use Laminas\Diactoros\Response\HtmlResponse;
use Laminas\Diactoros\Response\JsonResponse;
use Laminas\Diactoros\Response\RedirectResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Tidemill\Domain\Member;
use Tidemill\Middleware\AuthenticationMiddleware;
use Tidemill\Repository\BoatRepository;
use Tidemill\Security\UrlPolicy;
use Tidemill\Service\HireBasket;
use Tidemill\Service\HireService;
use Twig\Environment;

/**
 * Member dinghy hire:
 *   GET  /hire/available?from=&to=
 *   POST /hire/book            {boat_id, from, to}
 *   GET  /hire/mine?status=
 *   POST /hire/return          {reference, notes}
 *   GET  /hire/paid?ref=&continue=   return from the card payment page
 */
final class HireHandler implements RequestHandlerInterface
{
    public function __construct(
        private readonly HireService $hire,
        private readonly Environment $twig,
    ) {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        /** @var Member $member */
        $member = $request->getAttribute(AuthenticationMiddleware::ATTRIBUTE);
        $action = (string) $request->getAttribute('action', 'available');

        try {
            return match ($action) {
                'available' => $this->available($request, $member),
                'book' => $this->book($request, $member),
                'mine' => $this->mine($request, $member),
                'return' => $this->returnBoat($request, $member),
                'paid' => $this->paid($request, $member),
                default => new JsonResponse(['error' => 'Not found'], 404),
            };
        } catch (DomainException $e) {
            return new JsonResponse(['error' => $e->getMessage()], 422);
        }
    }

    private function available(ServerRequestInterface $request, Member $member): ResponseInterface
    {
        $q = $request->getQueryParams();
        $from = $this->parseTime($q['from'] ?? '');
        $to = $this->parseTime($q['to'] ?? '');
        $boats = $this->hire->availableBoats($member, $from, $to);

        return new HtmlResponse($this->twig->render('hire/available.html.twig', [
            'boats' => $boats,
            'from' => $from,
            'to' => $to,
            'member' => $member,
        ]));
    }

    private function book(ServerRequestInterface $request, Member $member): ResponseInterface
    {
        $body = (array) $request->getParsedBody();
        $booking = $this->hire->book(
            $member,
            (int) ($body['boat_id'] ?? 0),
            $this->parseTime($body['from'] ?? ''),
            $this->parseTime($body['to'] ?? '')
        );

        return new JsonResponse([
            'reference' => $booking->reference,
            'total' => number_format($booking->totalPence / 100, 2),
            'hours' => $booking->hours(),
        ], 201);
    }

    private function mine(ServerRequestInterface $request, Member $member): ResponseInterface
    {
        $status = (string) ($request->getQueryParams()['status'] ?? 'confirmed');
        $bookings = $this->hire->bookingsFor($member, $status);

        return new JsonResponse(array_map(static fn ($b) => [
            'reference' => $b->reference,
            'boat' => $b->boatId,
            'from' => $b->startsAt->format(DATE_ATOM),
            'to' => $b->endsAt->format(DATE_ATOM),
            'status' => $b->status,
        ], $bookings));
    }

    private function returnBoat(ServerRequestInterface $request, Member $member): ResponseInterface
    {
        $body = (array) $request->getParsedBody();
        $this->hire->recordReturn($member, (string) ($body['reference'] ?? ''), (string) ($body['notes'] ?? ''));

        return new JsonResponse(['ok' => true]);
    }

    private function paid(ServerRequestInterface $request, Member $member): ResponseInterface
    {
        $query = $request->getQueryParams();
        $this->hire->markPaid($member, (string) ($query['ref'] ?? ''));

        $continue = (string) ($query['continue'] ?? '');
        $target = $continue !== '' && UrlPolicy::isClubUrl($continue) ? $continue : '/hire/mine?status=confirmed';

        return new RedirectResponse($target); // VULN redirect
    }

    private function parseTime(mixed $value): DateTimeImmutable
    {
        $parsed = DateTimeImmutable::createFromFormat('Y-m-d\TH:i', (string) $value, new \DateTimeZone('Europe/London'));
        if ($parsed === false) {
            throw new DomainException('Please give times as YYYY-MM-DDTHH:MM.');
        }

        return $parsed;
    }
}

/**
 * GET /hire/basket  and  POST /hire/basket {boat_id, from, to}
 */
final class HireBasketHandler implements RequestHandlerInterface
{
    public function __construct(
        private readonly BoatRepository $boats,
        private readonly string $basketKey,
    ) {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $basket = HireBasket::fromCookies($request->getCookieParams(), $this->basketKey);

        if ($request->getMethod() === 'POST') {
            $body = (array) $request->getParsedBody();
            $boat = $this->boats->find((int) ($body['boat_id'] ?? 0));
            if ($boat === null) {
                return new JsonResponse(['error' => 'Unknown boat'], 404);
            }
            $basket->add($boat->id, (string) ($body['from'] ?? ''), (string) ($body['to'] ?? ''));
        }

        $items = [];
        foreach ($basket->items() as $item) {
            $boat = $this->boats->find((int) ($item['boat'] ?? 0));
            if ($boat !== null) {
                $items[] = ['boat' => $boat->name, 'class' => $boat->boatClass, 'from' => $item['from'], 'to' => $item['to']];
            }
        }

        $cookie = sprintf('%s=%s; Path=/; Max-Age=604800; Secure; HttpOnly; SameSite=Lax', HireBasket::COOKIE, $basket->toCookie($this->basketKey));

        return (new JsonResponse(['items' => $items]))
            ->withAddedHeader('Set-Cookie', $cookie)
            ->withAddedHeader('Set-Cookie', HireBasket::LEGACY_COOKIE . '=deleted; Path=/; Max-Age=0');
    }
}
