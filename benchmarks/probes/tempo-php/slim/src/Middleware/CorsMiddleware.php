<?php

namespace Tempo\Api\Middleware;

use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface as Handler;
use Slim\Psr7\Response as SlimResponse;

final class CorsMiddleware implements MiddlewareInterface
{
    public function __construct(private readonly array $allowedOrigins) {}

    public function process(Request $request, Handler $handler): Response
    {
        $response = $request->getMethod() === 'OPTIONS' ? new SlimResponse(204) : $handler->handle($request);
        $origin = $request->getHeaderLine('Origin');

        if (!in_array($origin, $this->allowedOrigins, true)) {
            return $response;
        }

        return $response
            ->withHeader('Access-Control-Allow-Origin', $origin) // SAFE cors
            ->withHeader('Access-Control-Allow-Credentials', 'true')
            ->withHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type')
            ->withHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS')
            ->withAddedHeader('Vary', 'Origin');
    }
}
