<?php

declare(strict_types=1);

namespace Fenwick\Slim\Middleware;

use Fenwick\Infrastructure\Security\PreferenceCodec;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;

/**
 * Exposes guest display preferences as the "prefs" request attribute.
 * v2 cookies are signed; v1 cookies from the previous portal are read once
 * and re-issued as v2.
 */
final class PreferencesMiddleware implements MiddlewareInterface
{
    private const COOKIE_V2 = 'fenwick_prefs_v2';
    private const COOKIE_V1 = 'fenwick_prefs';

    public function __construct(private readonly PreferenceCodec $codec)
    {
    }

    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $cookies = $request->getCookieParams();
        $upgrade = false;

        if (isset($cookies[self::COOKIE_V2])) {
            $prefs = $this->codec->decodeSigned((string) $cookies[self::COOKIE_V2]);
        } elseif (isset($cookies[self::COOKIE_V1])) {
            $prefs = $this->codec->decodeLegacy((string) $cookies[self::COOKIE_V1]);
            $upgrade = true;
        } else {
            $prefs = $this->codec->decodeSigned('');
        }

        $response = $handler->handle($request->withAttribute('prefs', $prefs));

        if ($upgrade) {
            $response = $response
                ->withAddedHeader('Set-Cookie', self::COOKIE_V2 . '=' . rawurlencode($this->codec->encode($prefs)) . '; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax')
                ->withAddedHeader('Set-Cookie', self::COOKIE_V1 . '=; Path=/; Max-Age=0');
        }

        return $response;
    }
}
