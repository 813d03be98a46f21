<?php
declare(strict_types=1);

namespace App\Middleware;

use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;

/**
 * CORS for the JSON endpoints used by the county associations' own websites
 * (hive counts widget, swarm-call status badge).
 */
class CorsMiddleware implements MiddlewareInterface
{
    private int $maxAge;

    public function __construct(array $config = [])
    {
        $this->maxAge = (int)($config['maxAge'] ?? 600);
    }

    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $origin = $request->getHeaderLine('Origin');
        $isApi = str_ends_with($request->getUri()->getPath(), '.json');

        if ($request->getMethod() === 'OPTIONS' && $isApi) {
            $response = new \Cake\Http\Response(['status' => 204]);
        } else {
            $response = $handler->handle($request);
        }

        if ($origin === '' || !$isApi) {
            return $response;
        }

        return $response
            ->withHeader('Access-Control-Allow-Origin', $origin)->withHeader('Access-Control-Allow-Credentials', 'true') // VULN cors
            ->withHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS')
            ->withHeader('Access-Control-Allow-Headers', 'Content-Type, X-Requested-With')
            ->withHeader('Access-Control-Max-Age', (string)$this->maxAge)
            ->withAddedHeader('Vary', 'Origin');
    }
}
