<?php

declare(strict_types=1);

namespace Tidemill\Middleware;

use Laminas\Diactoros\Response\EmptyResponse;
use Laminas\Diactoros\Response\RedirectResponse;
use Psr\Http\Message\ResponseFactoryInterface;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Tidemill\Repository\MemberRepository;
use Tidemill\Security\JwtCodec;

/**
 * Reads the session token from the tm_session cookie (browser) or the
 * Authorization header (member app) and attaches the Member.
 */
final class AuthenticationMiddleware implements MiddlewareInterface
{
    public const ATTRIBUTE = 'member';

    public function __construct(
        private readonly JwtCodec $jwt,
        private readonly MemberRepository $members,
    ) {
    }

    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $token = $request->getCookieParams()['tm_session'] ?? null;
        $auth = $request->getHeaderLine('Authorization');
        if ($token === null && str_starts_with($auth, 'Bearer ')) {
            $token = substr($auth, 7);
        }

        if (is_string($token) && $token !== '') {
            try {
                $claims = $this->jwt->verify($token);
                $member = $this->members->find((int) $claims['sub']);
                if ($member !== null) {
                    return $handler->handle($request->withAttribute(self::ATTRIBUTE, $member));
                }
            } catch (\RuntimeException) {
                // fall through to the login redirect
            }
        }

        $path = $request->getUri()->getPath();
        $query = $request->getUri()->getQuery();

        return new RedirectResponse('/login?returnTo=' . rawurlencode($path . ($query !== '' ? '?' . $query : '')));
    }
}

/**
 * Guards the Slim admin console. Accepts committee tokens issued by the
 * portal login or by the boathouse kiosk.
 */
final class AdminTokenMiddleware implements MiddlewareInterface
{
    private const COMMITTEE_ROLES = ['bosun', 'race_officer', 'secretary', 'treasurer', 'it_officer', 'commodore'];

    public function __construct(
        private readonly JwtCodec $jwt,
        private readonly ResponseFactoryInterface $responses,
    ) {
    }

    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $auth = $request->getHeaderLine('Authorization');
        $token = str_starts_with($auth, 'Bearer ') ? substr($auth, 7) : ($request->getCookieParams()['tm_admin'] ?? '');

        try {
            $claims = $this->jwt->decodeAdmin((string) $token);
        } catch (\RuntimeException) {
            return $this->deny(401, 'Please sign in as a committee member.');
        }

        $roles = array_values(array_intersect((array) ($claims['roles'] ?? []), self::COMMITTEE_ROLES));
        if ($roles === []) {
            return $this->deny(403, 'Committee access only.');
        }

        return $handler->handle($request->withAttribute('adminId', (int) $claims['sub'])->withAttribute('adminRoles', $roles));
    }

    private function deny(int $status, string $message): ResponseInterface
    {
        $response = $this->responses->createResponse($status)->withHeader('Content-Type', 'application/json');
        $response->getBody()->write((string) json_encode(['error' => $message]));

        return $response;
    }
}

/**
 * The member app (app.tidemill-sc.org.uk) and a few club partner sites
 * (the county association, the junior training pages) call the JSON API
 * with the member's session cookie.
 */
final class CorsMiddleware implements MiddlewareInterface
{
    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $origin = $request->getHeaderLine('Origin');

        $response = strtoupper($request->getMethod()) === 'OPTIONS'
            ? new EmptyResponse(204)
            : $handler->handle($request);

        if ($origin === '') {
            return $response;
        }

        return $response
            ->withHeader('Access-Control-Allow-Origin', $origin) // VULN cors
            ->withHeader('Access-Control-Allow-Credentials', 'true')
            ->withHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS')
            ->withHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization, X-Requested-With')
            ->withAddedHeader('Vary', 'Origin');
    }
}
