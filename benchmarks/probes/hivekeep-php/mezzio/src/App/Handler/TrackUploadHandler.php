<?php

declare(strict_types=1);

namespace App\Handler;

use App\Service\TrackConverter;
use App\Service\TrackSpool;
use Laminas\Diactoros\Response\JsonResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Message\UploadedFileInterface;
use Psr\Http\Server\RequestHandlerInterface;
use RuntimeException;

class TrackUploadHandler implements RequestHandlerInterface
{
    public function __construct(private TrackConverter $converter, private TrackSpool $spool)
    {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $body = (array)$request->getParsedBody();

        if ($request->getMethod() === 'DELETE') {
            $removed = $this->spool->discard((string)($body['batch'] ?? ''), (string)($body['file'] ?? ''));

            return new JsonResponse(['removed' => $removed]);
        }

        $upload = $request->getUploadedFiles()['track'] ?? null;
        if (!$upload instanceof UploadedFileInterface || $upload->getError() !== UPLOAD_ERR_OK) {
            return new JsonResponse(['error' => 'Attach a GPX file or a zip of GPX files'], 400);
        }

        $layerName = trim((string)($body['layer'] ?? 'track'));

        try {
            $batch = $this->spool->store($upload);
            $stored = $this->spool->path($batch);

            $gpxFiles = [$stored];
            if (str_ends_with($stored, '.zip')) {
                $work = $this->spool->workDir($batch);
                @mkdir($work, 0750, true);
                $gpxFiles = $this->converter->unpackBundle($stored, $work);
            }

            $layers = [];
            foreach ($gpxFiles as $i => $gpx) {
                $layers[] = basename($this->converter->toKml($gpx, $i === 0 ? $layerName : $layerName . '-' . $i));
            }
        } catch (RuntimeException $e) {
            return new JsonResponse(['error' => $e->getMessage()], 422);
        }

        return new JsonResponse(['batch' => $batch, 'layers' => $layers], 201);
    }
}
