<?php

declare(strict_types=1);

namespace Permitly\Routes\Middleware;

use Permitly\Routes\Security\TokenInspector;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Psr\Log\LoggerInterface;
use Slim\Psr7\Factory\ResponseFactory;
use Throwable;

final class BearerTokenMiddleware implements MiddlewareInterface
{
    private const ALLOWED_ROLES = ['inspector', 'inspection_supervisor'];

    public function __construct(
        private readonly TokenInspector $tokens,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $header = $request->getHeaderLine('Authorization');
        if (!preg_match('/^Bearer\s+(\S+)$/', $header, $m)) {
            return $this->deny(401, 'missing bearer token');
        }

        try {
            $claims = $this->tokens->claims($m[1]);
        } catch (Throwable $e) {
            $this->logger->info('token rejected', ['reason' => $e->getMessage()]);
            return $this->deny(401, 'invalid token');
        }

        if (!in_array($claims['role'] ?? null, self::ALLOWED_ROLES, true)) {
            return $this->deny(403, 'inspectors only');
        }

        return $handler->handle(
            $request
                ->withAttribute('inspector_id', (int) ($claims['sub'] ?? 0))
                ->withAttribute('role', $claims['role'])
        );
    }

    private function deny(int $status, string $message): ResponseInterface
    {
        $response = (new ResponseFactory())->createResponse($status);
        $response->getBody()->write(json_encode(['error' => $message], JSON_THROW_ON_ERROR));

        return $response->withHeader('Content-Type', 'application/json');
    }
}
