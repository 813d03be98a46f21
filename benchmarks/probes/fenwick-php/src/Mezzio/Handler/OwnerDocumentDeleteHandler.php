<?php

declare(strict_types=1);

namespace Fenwick\Mezzio\Handler;

use Fenwick\Infrastructure\Storage\OwnerDocumentStore;
use Fenwick\Mezzio\Middleware\OwnerAuthMiddleware;
use Laminas\Diactoros\Response\EmptyResponse;
use Laminas\Diactoros\Response\JsonResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;
use RuntimeException;

/**
 * DELETE /owner/documents?file=20240301-101500-ab12cd34.pdf
 */
final class OwnerDocumentDeleteHandler implements RequestHandlerInterface
{
    public function __construct(private readonly OwnerDocumentStore $documents)
    {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $ownerId = (int) $request->getAttribute(OwnerAuthMiddleware::OWNER_ID);
        $file = (string) ($request->getQueryParams()['file'] ?? '');
        if ($file === '') {
            return new JsonResponse(['error' => 'file is required'], 400);
        }

        try {
            $this->documents->delete($ownerId, $file);
        } catch (RuntimeException $e) {
            return new JsonResponse(['error' => $e->getMessage()], 404);
        }

        return new EmptyResponse(204);
    }
}
