<?php

declare(strict_types=1);

namespace Fenwick\Slim\Action;

use Fenwick\Infrastructure\Storage\GuideStorage;
use Fenwick\Slim\Http\Responder;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use RuntimeException;

final class DownloadGuideAction
{
    public function __construct(
        private readonly GuideStorage $guides,
        private readonly Responder $responder,
    ) {
    }

    public function __invoke(ServerRequestInterface $request, ResponseInterface $response, array $args): ResponseInterface
    {
        $cottageId = (int) $args['cottageId'];
        $query = $request->getQueryParams();

        try {
            if (isset($query['manual'])) {
                $file = $this->guides->openManual($cottageId, (string) $query['manual']);
            } else {
                $file = $this->guides->openGuide($cottageId, (string) ($query['file'] ?? 'arrival.pdf'));
            }
        } catch (RuntimeException) {
            return $this->responder->notFound($response);
        }

        return $this->responder->file($response, $file, $file->mimeType === 'application/pdf');
    }
}
