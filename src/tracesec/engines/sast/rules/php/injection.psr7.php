<?php
declare(strict_types=1);

namespace App\Middleware;

use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;

class CorsMiddleware
{
    private const ALLOWED = ['https://members.example.org'];

    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $origin = $request->getHeaderLine('Origin');
        $response = $handler->handle($request);
        if ($origin === '') {
            return $response;
        }

        return $response
            // ruleid: trace.php.cors.reflected-origin
            ->withHeader('Access-Control-Allow-Origin', $origin)->withHeader('Access-Control-Allow-Credentials', 'true')
            ->withAddedHeader('Vary', 'Origin');
    }
}

class ListedCorsMiddleware
{
    private const ALLOWED = ['https://members.example.org'];

    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $origin = $request->getHeaderLine('Origin');
        $response = $handler->handle($request);
        if (!in_array($origin, self::ALLOWED, true)) {
            return $response;
        }

        return $response
            // ok: trace.php.cors.reflected-origin
            ->withHeader('Access-Control-Allow-Origin', $origin)->withHeader('Access-Control-Allow-Credentials', 'true')
            ->withAddedHeader('Vary', 'Origin');
    }
}

class PublicCorsMiddleware
{
    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $origin = $request->getHeaderLine('Origin');
        // ok: trace.php.cors.reflected-origin
        return $handler->handle($request)->withHeader('Access-Control-Allow-Origin', $origin)->withAddedHeader('Vary', 'Origin');
    }
}
