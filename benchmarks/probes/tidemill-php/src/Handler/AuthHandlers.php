<?php

declare(strict_types=1);

namespace Tidemill\Handler;

use Laminas\Diactoros\Response\HtmlResponse;
use Laminas\Diactoros\Response\JsonResponse;
use Laminas\Diactoros\Response\RedirectResponse;
use League\Plates\Engine;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Tidemill\Security\JwtCodec;
use Tidemill\Security\UrlPolicy;
use Tidemill\Service\MembershipService;

/**
 * GET/POST /login   and   POST /guest-pass
 */
final class LoginHandler implements RequestHandlerInterface
{
    public function __construct(
        private readonly MembershipService $membership,
        private readonly JwtCodec $jwt,
        private readonly Engine $plates,
        private readonly int $ttl,
    ) {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        if ($request->getAttribute('action') === 'guest-pass') {
            return $this->guestPass($request);
        }

        $returnTo = (string) ($request->getQueryParams()['returnTo'] ?? '/');
        if ($request->getMethod() !== 'POST') {
            return new HtmlResponse($this->plates->render('auth/login', ['returnTo' => $returnTo, 'error' => null]));
        }

        $body = (array) $request->getParsedBody();
        $returnTo = (string) ($body['returnTo'] ?? $returnTo);
        $member = isset($body['guest_code'])
            ? $this->membership->authenticateGuest((string) $body['guest_code'])
            : $this->membership->authenticate((string) ($body['email'] ?? ''), (string) ($body['password'] ?? ''));
        if ($member === null) {
            return new HtmlResponse($this->plates->render('auth/login', ['returnTo' => $returnTo, 'error' => 'Email or password not recognised.']), 401);
        }

        $token = $this->jwt->issue($member->id, $member->roles);
        $target = UrlPolicy::isLocalPath($returnTo) ? $returnTo : '/';

        return (new RedirectResponse($target)) // VULN redirect
            ->withHeader('Set-Cookie', sprintf('tm_session=%s; Path=/; Max-Age=%d; Secure; HttpOnly; SameSite=Lax', $token, $this->ttl));
    }

    private function guestPass(ServerRequestInterface $request): ResponseInterface
    {
        $body = (array) $request->getParsedBody();
        $name = trim((string) ($body['name'] ?? ''));
        $email = filter_var((string) ($body['email'] ?? ''), FILTER_VALIDATE_EMAIL);
        if ($name === '' || $email === false) {
            return new JsonResponse(['error' => 'Please give your name and e-mail address.'], 422);
        }

        $code = $this->membership->issueGuestPass($name, $email);

        return new JsonResponse(['code' => $code, 'valid_for' => '24 hours'], 201);
    }
}

/**
 * GET /logout?next=/boats
 */
final class LogoutHandler implements RequestHandlerInterface
{
    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $next = UrlPolicy::safeLocalPath($request->getQueryParams()['next'] ?? null);

        return (new RedirectResponse($next)) // SAFE redirect
            ->withAddedHeader('Set-Cookie', 'tm_session=deleted; Path=/; Max-Age=0; Secure; HttpOnly')
            ->withAddedHeader('Set-Cookie', 'tm_admin=deleted; Path=/; Max-Age=0; Secure; HttpOnly');
    }
}
