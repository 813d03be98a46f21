<?php

declare(strict_types=1);

namespace Leasewise\Statements\Action;

use Leasewise\Statements\Service\StatementArchive;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Slim\Psr7\Stream;

final class ArchiveAction
{
    use JsonResponder;

    public function __construct(private readonly StatementArchive $archive) {}

    public function __invoke(ServerRequestInterface $request, ResponseInterface $response, array $args): ResponseInterface
    {
        $ownerId = (int) $args['ownerId'];
        if ($request->getAttribute('owner_id') !== $ownerId) {
            return $this->forbidden($response);
        }

        $file = (string) ($request->getQueryParams()['file'] ?? '');

        if ($file === '') {
            return $this->json($response, ['files' => $this->archive->list($ownerId)]);
        }

        $handle = $this->archive->open($ownerId, $file);
        if ($handle === null) {
            return $this->json($response, ['error' => 'not found'], 404);
        }

        return $response
            ->withHeader('Content-Type', 'application/pdf')
            ->withHeader('Content-Disposition', 'attachment; filename="'.basename($file).'"')
            ->withBody(new Stream($handle));
    }
}
