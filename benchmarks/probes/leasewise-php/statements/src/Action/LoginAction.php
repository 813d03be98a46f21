<?php

declare(strict_types=1);

namespace Leasewise\Statements\Action;

use Firebase\JWT\JWT;
use Leasewise\Statements\Service\OwnerAuthenticator;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;

final class LoginAction
{
    use JsonResponder;

    /**
     * @param array{secret: string, audience: string, cookie: string, ttl: int} $jwt
     */
    public function __construct(
        private readonly OwnerAuthenticator $auth,
        private readonly array $jwt,
    ) {}

    public function __invoke(ServerRequestInterface $request, ResponseInterface $response): ResponseInterface
    {
        $body = (array) $request->getParsedBody();

        $owner = $this->auth->attempt(
            (string) ($body['email'] ?? ''),
            (string) ($body['password'] ?? ''),
        );

        if ($owner === null) {
            return $this->json($response, ['error' => 'invalid_credentials'], 401);
        }

        $now = time();
        $token = JWT::encode([
            'iss' => 'leasewise-statements',
            'aud' => $this->jwt['audience'],
            'sub' => (string) $owner['id'],
            'iat' => $now,
            'exp' => $now + $this->jwt['ttl'],
        ], $this->jwt['secret'], 'HS256');

        $cookie = sprintf(
            '%s=%s; Path=/; Max-Age=%d; HttpOnly; Secure; SameSite=Lax',
            $this->jwt['cookie'],
            $token,
            $this->jwt['ttl'],
        );

        return $this->json($response->withHeader('Set-Cookie', $cookie), [
            'token' => $token,
            'expires_in' => $this->jwt['ttl'],
            'owner' => ['id' => (int) $owner['id'], 'name' => $owner['name']],
        ]);
    }
}
