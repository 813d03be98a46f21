<?php

declare(strict_types=1);

namespace Tidemill\Handler;

use Laminas\Diactoros\Response\JsonResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Message\UploadedFileInterface;
use Psr\Http\Server\RequestHandlerInterface;
use RuntimeException;
use Symfony\Component\Messenger\MessageBusInterface;
use Tidemill\Domain\Member;
use Tidemill\Message\FetchRemoteResults;
use Tidemill\Middleware\AuthenticationMiddleware;
use Tidemill\Service\ResultsImportService;

/**
 * Race officer tools:
 *   POST /results/import/sailwave   (file: results)
 *   POST /results/import/bundle     (file: bundle.zip)
 *   POST /results/import/gallery    (file: photos.zip, regatta)
 *   POST /results/import/remote     (url, announce_to)
 *   POST /results/import/roster     (file: roster, sail / helm)
 */
final class ResultsImportHandler implements RequestHandlerInterface
{
    public function __construct(
        private readonly ResultsImportService $import,
        private readonly MessageBusInterface $bus,
    ) {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        /** @var Member $member */
        $member = $request->getAttribute(AuthenticationMiddleware::ATTRIBUTE);
        if (!$member->hasRole('race_officer') && !$member->hasRole('photographer')) {
            return new JsonResponse(['error' => 'Race officers only'], 403);
        }

        $body = (array) $request->getParsedBody();
        $files = $request->getUploadedFiles();
        $seriesId = (int) ($body['series_id'] ?? 0);

        try {
            switch ($request->getAttribute('kind')) {
                case 'sailwave':
                    $result = $this->import->importSailwave($seriesId, $this->contents($files['results'] ?? null));
                    break;
                case 'bundle':
                    $result = $this->import->importBundle($seriesId, $this->tempPath($files['bundle'] ?? null));
                    break;
                case 'gallery':
                    $result = ['photos' => $this->import->importGallery((string) ($body['regatta'] ?? ''), $this->tempPath($files['photos'] ?? null))];
                    break;
                case 'remote':
                    $url = trim((string) ($body['url'] ?? ''));
                    $announce = isset($body['announce_to']) && $body['announce_to'] !== '' ? (string) $body['announce_to'] : null;
                    $this->bus->dispatch(new FetchRemoteResults($seriesId, $url, $member->id, $announce));
                    $result = ['queued' => true];
                    break;
                case 'roster':
                    $result = ['matches' => $this->import->rosterLookup(
                        $this->contents($files['roster'] ?? null),
                        isset($body['sail']) ? (string) $body['sail'] : null,
                        isset($body['helm']) ? (string) $body['helm'] : null,
                    )];
                    break;
                default:
                    return new JsonResponse(['error' => 'Unknown import type'], 404);
            }
        } catch (RuntimeException $e) {
            return new JsonResponse(['error' => $e->getMessage()], 422);
        }

        return new JsonResponse($result);
    }

    private function contents(?UploadedFileInterface $file): string
    {
        if ($file === null || $file->getError() !== UPLOAD_ERR_OK) {
            throw new RuntimeException('Please attach the file.');
        }

        return (string) $file->getStream();
    }

    private function tempPath(?UploadedFileInterface $file): string
    {
        if ($file === null || $file->getError() !== UPLOAD_ERR_OK) {
            throw new RuntimeException('Please attach the ZIP file.');
        }
        $path = tempnam(sys_get_temp_dir(), 'tmzip');
        $file->moveTo($path);

        return $path;
    }
}
