<?php

declare(strict_types=1);

namespace Fenwick\Mezzio\Middleware;

use Fenwick\Infrastructure\Security\OwnerTokenReader;
use Laminas\Diactoros\Response\JsonResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;

final class OwnerAuthMiddleware implements MiddlewareInterface
{
    public const OWNER_ID = 'owner_id';
    public const OWNER_COTTAGES = 'owner_cottages';

    public function __construct(private readonly OwnerTokenReader $tokens)
    {
    }

    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $authorization = $request->getHeaderLine('Authorization');
        if ($authorization === '' && isset($request->getCookieParams()['fenwick_owner'])) {
            $authorization = 'Bearer ' . $request->getCookieParams()['fenwick_owner'];
        }

        $owner = $this->tokens->fromAuthorizationHeader($authorization);
        if ($owner === null) {
            return new JsonResponse(['error' => 'Authentication required'], 401, ['WWW-Authenticate' => 'Bearer']);
        }

        $cottageId = $request->getAttribute('id');
        if ($cottageId !== null && !in_array((int) $cottageId, $owner['cottages'], true)) {
            return new JsonResponse(['error' => 'Not your cottage'], 403);
        }

        return $handler->handle(
            $request
                ->withAttribute(self::OWNER_ID, $owner['owner_id'])
                ->withAttribute(self::OWNER_COTTAGES, $owner['cottages'])
        );
    }
}
