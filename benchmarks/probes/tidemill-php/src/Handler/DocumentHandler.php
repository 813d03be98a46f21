<?php

declare(strict_types=1);

namespace Tidemill\Handler;

use Laminas\Diactoros\Response;
use Laminas\Diactoros\Response\JsonResponse;
use Laminas\Diactoros\Stream;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;
use RuntimeException;
use Tidemill\Service\DocumentStore;

/**
 * GET /documents                         listing
 * GET /documents/download?cat=&file=     public documents
 * GET /documents/minutes?file=           members only (route behind auth)
 */
final class DocumentHandler implements RequestHandlerInterface
{
    public function __construct(private readonly DocumentStore $documents)
    {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $query = $request->getQueryParams();

        try {
            $doc = match ($request->getAttribute('kind')) {
                'download' => $this->documents->publicDocument((string) ($query['cat'] ?? ''), (string) ($query['file'] ?? '')),
                'minutes' => $this->documents->minutes((string) ($query['file'] ?? '')),
                default => null,
            };
        } catch (RuntimeException $e) {
            return new JsonResponse(['error' => $e->getMessage()], 404);
        }

        if ($doc === null) {
            return new JsonResponse($this->documents->listing());
        }

        $stream = new Stream('php://temp', 'w+');
        $stream->write($doc['content']);
        $stream->rewind();

        return (new Response($stream))
            ->withHeader('Content-Type', $doc['type'])
            ->withHeader('Content-Disposition', 'attachment; filename="' . addcslashes($doc['name'], '"\\') . '"')
            ->withHeader('X-Content-Type-Options', 'nosniff');
    }
}
