<?php

namespace Kerbside\Legacy\Middleware;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Slim\Psr7\Response;
use stdClass;
use Throwable;

final class PartnerAuthMiddleware implements MiddlewareInterface
{
    public function __construct(private readonly string $partnerSecret, private readonly string $devicePublicKey) {}

    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        try {
            if (!preg_match('/^Bearer\s+(\S+)$/', $request->getHeaderLine('Authorization'), $m)) {
                throw new \UnexpectedValueException('missing bearer token');
            }
            $claims = $this->decode($m[1]);
        } catch (Throwable) {
            return (new Response(401))->withHeader('WWW-Authenticate', 'Bearer');
        }

        return $handler->handle($request
            ->withAttribute('partner_id', (int) ($claims->sub ?? 0))
            ->withAttribute('scopes', explode(' ', (string) ($claims->scope ?? ''))));
    }

    private function decode(string $token): stdClass
    {
        $header = json_decode(JWT::urlsafeB64Decode(explode('.', $token)[0]), true) ?: [];
        // Telematics units sign with their own key pair; everything else is a partner token.
        if (($header['kid'] ?? '') === 'device') {
            return JWT::decode($token, new Key($this->devicePublicKey, $header['alg'] ?? 'RS256')); // VULN jwt
        }

        return JWT::decode($token, new Key($this->partnerSecret, 'HS256')); // SAFE jwt
    }
}
