<?php

declare(strict_types=1);

namespace App\Middleware;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use Laminas\Diactoros\Response\JsonResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Throwable;

/**
 * Machine-to-machine auth for the partner feed webhooks: partners get an
 * HS256 token signed with the shared feed key.
 */
class BearerAuthMiddleware implements MiddlewareInterface
{
    private string $key;

    public function __construct(?string $key = null)
    {
        $this->key = $key ?? (string)getenv('HIVEKEEP_FEED_JWT_KEY'); // SAFE secret
    }

    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $header = $request->getHeaderLine('Authorization');
        if ($this->key === '' || !preg_match('/^Bearer\s+([A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+)$/', $header, $m)) {
            return new JsonResponse(['error' => 'Bearer token required'], 401);
        }

        try {
            $claims = JWT::decode($m[1], new Key($this->key, 'HS256')); // SAFE jwt
        } catch (Throwable) {
            return new JsonResponse(['error' => 'Invalid token'], 401);
        }

        return $handler->handle($request->withAttribute('partner', (string)($claims->sub ?? '')));
    }
}
