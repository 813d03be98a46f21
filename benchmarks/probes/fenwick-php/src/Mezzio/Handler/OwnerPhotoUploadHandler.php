<?php

declare(strict_types=1);

namespace Fenwick\Mezzio\Handler;

use Fenwick\Infrastructure\Storage\FloorplanPackExtractor;
use Fenwick\Infrastructure\Storage\PhotoArchiveImporter;
use Fenwick\Messenger\Message\ResizeCottagePhoto;
use Laminas\Diactoros\Response\JsonResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Message\UploadedFileInterface;
use Psr\Http\Server\RequestHandlerInterface;
use RuntimeException;
use Symfony\Component\Messenger\MessageBusInterface;

/**
 * POST /owner/cottages/{id}/photos  multipart: photos=<zip>, floorplans=<zip>, max_size=1600x1200
 */
final class OwnerPhotoUploadHandler implements RequestHandlerInterface
{
    private const MAX_ARCHIVE_BYTES = 200 * 1024 * 1024;

    public function __construct(
        private readonly PhotoArchiveImporter $photos,
        private readonly FloorplanPackExtractor $floorplans,
        private readonly MessageBusInterface $bus,
        private readonly string $tmpDir,
    ) {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $cottageId = (int) $request->getAttribute('id');
        $files = $request->getUploadedFiles();
        $body = (array) $request->getParsedBody();
        $geometry = trim((string) ($body['max_size'] ?? '1600x1200>'));

        $result = ['photos' => 0, 'floorplans' => 0];

        try {
            if (($files['photos'] ?? null) instanceof UploadedFileInterface) {
                $archive = $this->receive($files['photos']);
                foreach ($this->photos->import($cottageId, $archive) as $path) {
                    $this->bus->dispatch(new ResizeCottagePhoto($cottageId, $path, $geometry));
                    $result['photos']++;
                }
                @unlink($archive);
            }

            if (($files['floorplans'] ?? null) instanceof UploadedFileInterface) {
                $archive = $this->receive($files['floorplans']);
                $result['floorplans'] = count($this->floorplans->extract($cottageId, $archive));
                @unlink($archive);
            }
        } catch (RuntimeException $e) {
            return new JsonResponse(['error' => $e->getMessage()], 422);
        }

        return new JsonResponse($result, 202);
    }

    private function receive(UploadedFileInterface $upload): string
    {
        if ($upload->getError() !== UPLOAD_ERR_OK) {
            throw new RuntimeException('Upload failed');
        }
        if (($upload->getSize() ?? 0) > self::MAX_ARCHIVE_BYTES) {
            throw new RuntimeException('Archive is too large');
        }

        $target = $this->tmpDir . '/upload-' . bin2hex(random_bytes(8)) . '.zip';
        $upload->moveTo($target);

        return $target;
    }
}
