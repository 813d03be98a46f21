<?php

declare(strict_types=1);

namespace Leasewise\Statements\Middleware;

use Psr\Http\Message\ResponseFactoryInterface;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;

final class CorsMiddleware implements MiddlewareInterface
{
    /**
     * @param list<string> $allowedOrigins
     */
    public function __construct(
        private readonly array $allowedOrigins,
        private readonly ResponseFactoryInterface $responses,
    ) {}

    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $origin = $request->getHeaderLine('Origin');

        $response = $request->getMethod() === 'OPTIONS'
            ? $this->responses->createResponse(204)
            : $handler->handle($request);

        if ($origin !== '' && in_array($origin, $this->allowedOrigins, true)) {
            $response = $response->withHeader('Access-Control-Allow-Origin', $origin); // SAFE cors
            $response = $response->withHeader('Access-Control-Allow-Credentials', 'true');
            $response = $response->withHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
            $response = $response->withHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
        }

        return $response->withAddedHeader('Vary', 'Origin');
    }
}
