<?php

declare(strict_types=1);

namespace Fenwick\Slim\Action;

use Fenwick\Slim\Http\Responder;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;

final class LogoutAction
{
    public function __construct(private readonly Responder $responder)
    {
    }

    public function __invoke(ServerRequestInterface $request, ResponseInterface $response, array $args): ResponseInterface
    {
        $returnTo = $request->getQueryParams()['return_to'] ?? null;
        $response = $response->withAddedHeader('Set-Cookie', 'fenwick_stay=; Path=/my-stay; Max-Age=0; HttpOnly; SameSite=Lax');

        return $this->responder->backTo($response, is_string($returnTo) ? $returnTo : null, '/cottages');
    }
}
