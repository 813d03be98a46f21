<?php

declare(strict_types=1);

namespace Fenwick\Slim\Action;

use Fenwick\Domain\Booking\BookingService;
use Fenwick\Infrastructure\Security\AccessCodeGenerator;
use Fenwick\Slim\Http\Responder;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Slim\Views\Twig;

/**
 * Guests sign in to "My stay" with their email and booking reference.
 */
final class LoginAction
{
    public function __construct(
        private readonly BookingService $bookings,
        private readonly AccessCodeGenerator $codes,
        private readonly Responder $responder,
        private readonly Twig $view,
    ) {
    }

    public function __invoke(ServerRequestInterface $request, ResponseInterface $response, array $args): ResponseInterface
    {
        $query = $request->getQueryParams();
        $next = isset($query['next']) ? (string) $query['next'] : null;

        if ($request->getMethod() !== 'POST') {
            return $this->view->render($response, 'login.html.twig', ['next' => $next, 'error' => null]);
        }

        $form = (array) $request->getParsedBody();
        $result = $this->bookings->guestLogin((string) ($form['email'] ?? ''), (string) ($form['reference'] ?? ''), $next);
        if (!$result->success) {
            return $this->view->render($response->withStatus(422), 'login.html.twig', ['next' => $next, 'error' => $result->error]);
        }

        $token = $this->codes->guestPortalToken();
        $this->bookings->rememberPortalToken($result->booking, $token);

        $secure = ($request->getServerParams()['HTTPS'] ?? 'off') !== 'off';
        $cookie = sprintf(
            'fenwick_stay=%s; Path=/my-stay; HttpOnly; SameSite=Lax%s',
            rawurlencode($result->booking->reference . ':' . $token),
            $secure ? '; Secure' : '',
        );

        return $this->responder->afterLogin($response->withAddedHeader('Set-Cookie', $cookie), $result);
    }
}
