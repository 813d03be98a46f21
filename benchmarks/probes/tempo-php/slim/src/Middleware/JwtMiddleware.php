<?php

namespace Tempo\Api\Middleware;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface as Handler;
use Slim\Psr7\Response as SlimResponse;
use Throwable;

final class JwtMiddleware implements MiddlewareInterface
{
    /** @param array<string, string> $keys key id => shared secret */
    public function __construct(private readonly array $keys) {}

    public function process(Request $request, Handler $handler): Response
    {
        $token = preg_replace('/^Bearer\s+/', '', $request->getHeaderLine('Authorization'));

        try {
            $head = json_decode(JWT::urlsafeB64Decode(explode('.', $token)[0]), true, 4, JSON_THROW_ON_ERROR);
            $kid = (string) ($head['kid'] ?? 'portal-2024');
            $secret = $this->keys[$kid] ?? $kid;

            $claims = JWT::decode($token, new Key($secret, (string) ($head['alg'] ?? 'HS256'))); // VULN jwt
        } catch (Throwable) {
            $response = new SlimResponse(401);
            $response->getBody()->write('{"error":"invalid token"}');

            return $response->withHeader('Content-Type', 'application/json');
        }

        return $handler->handle($request->withAttribute('parent', $claims->sub ?? null)->withAttribute('students', (array) ($claims->students ?? [])));
    }
}
