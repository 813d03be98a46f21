<?php

declare(strict_types=1);

namespace App\Handler;

use App\Service\RedirectPolicy;
use App\Service\TokenVerifier;
use Laminas\Diactoros\Response\JsonResponse;
use Mezzio\Session\SessionMiddleware;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;
use RuntimeException;

class SsoCallbackHandler implements RequestHandlerInterface
{
    public function __construct(private TokenVerifier $tokens, private RedirectPolicy $redirects)
    {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $body = (array)$request->getParsedBody();
        $query = $request->getQueryParams();
        $idToken = (string)($body['id_token'] ?? '');

        try {
            $member = $this->tokens->memberClaims($idToken);
        } catch (RuntimeException $e) {
            return new JsonResponse(['error' => 'Login failed'], 401);
        }

        /** @var \Mezzio\Session\SessionInterface $session */
        $session = $request->getAttribute(SessionMiddleware::SESSION_ATTRIBUTE);
        $session->regenerate();
        $session->set('member', $member);

        if (!empty($body['state'])) {
            return $this->redirects->toLocalPath((string)$body['state']);
        }

        return $this->redirects->afterLogin((string)($query['return'] ?? '/map/near'));
    }
}
