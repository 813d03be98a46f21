<?php

declare(strict_types=1);

namespace Leasewise\Statements\Middleware;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use Psr\Http\Message\ResponseFactoryInterface;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Throwable;

final class JwtAuthMiddleware implements MiddlewareInterface
{
    public function __construct(
        private readonly string $secret,
        private readonly string $audience,
        private readonly string $cookieName,
        private readonly ResponseFactoryInterface $responses,
    ) {}

    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $token = $this->extractToken($request);
        if ($token === null) {
            return $this->unauthorized();
        }

        try {
            $claims = JWT::decode($token, new Key($this->secret, 'HS256')); // SAFE jwt
        } catch (Throwable) {
            return $this->unauthorized();
        }

        if (($claims->aud ?? null) !== $this->audience || !isset($claims->sub)) {
            return $this->unauthorized();
        }

        return $handler->handle($request->withAttribute('owner_id', (int) $claims->sub));
    }

    private function extractToken(ServerRequestInterface $request): ?string
    {
        if (preg_match('/^Bearer\s+(\S+)$/', $request->getHeaderLine('Authorization'), $m)) {
            return $m[1];
        }

        $cookie = $request->getCookieParams()[$this->cookieName] ?? null;

        return is_string($cookie) && $cookie !== '' ? $cookie : null;
    }

    private function unauthorized(): ResponseInterface
    {
        $response = $this->responses->createResponse(401);
        $response->getBody()->write('{"error":"unauthorized"}');

        return $response
            ->withHeader('Content-Type', 'application/json')
            ->withHeader('WWW-Authenticate', 'Bearer realm="owner-statements"');
    }
}
