<?php

namespace Tempo\Api\Action;

use Psr\Container\ContainerInterface;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Psr\Http\Message\UploadedFileInterface;
use Tempo\Api\Infrastructure\RecordingArchive;

final class PracticeLogAction
{
    use JsonResponder;

    private readonly string $baseDir;

    public function __construct(ContainerInterface $container, private readonly RecordingArchive $archive)
    {
        $this->baseDir = rtrim($container->get('settings')['practice_log_dir'], '/');
    }

    public function show(Request $request, Response $response, array $args): Response
    {
        $base = realpath($this->baseDir);
        $path = realpath($base . '/' . $args['student'] . '/' . $args['name']);
        if ($base === false || $path === false || !str_starts_with($path, $base . DIRECTORY_SEPARATOR)) {
            return $this->json($response, ['error' => 'not found'], 404);
        }

        $response->getBody()->write(file_get_contents($path)); // SAFE path

        return $response->withHeader('Content-Type', mime_content_type($path) ?: 'application/octet-stream');
    }

    public function upload(Request $request, Response $response, array $args): Response
    {
        $recording = $request->getUploadedFiles()['recording'] ?? null;
        if (!$recording instanceof UploadedFileInterface || $recording->getError() !== UPLOAD_ERR_OK) {
            return $this->json($response, ['error' => 'recording missing'], 400);
        }

        $dir = $this->baseDir . '/' . $args['student'];
        is_dir($dir) || mkdir($dir, 0750, true);
        $target = $dir . '/' . $recording->getClientFilename();
        $recording->moveTo($target); // VULN path

        $real = realpath($target);
        if ($real === false || !str_starts_with($real, realpath($this->baseDir) . DIRECTORY_SEPARATOR)) {
            return $this->json($response, ['error' => 'invalid file name'], 400);
        }

        return $this->json($response, ['stored' => basename($real), 'bytes' => filesize($real)], 201);
    }

    public function uploadBundle(Request $request, Response $response, array $args): Response
    {
        $bundle = $request->getUploadedFiles()['bundle'] ?? null;
        if (!$bundle instanceof UploadedFileInterface || $bundle->getError() !== UPLOAD_ERR_OK) {
            return $this->json($response, ['error' => 'bundle missing'], 400);
        }

        $tmp = tempnam(sys_get_temp_dir(), 'tempo-bundle-');
        $bundle->moveTo($tmp);
        $stored = $this->archive->extractRecordings($tmp, $this->baseDir . '/' . preg_replace('/\D/', '', $args['student']));
        unlink($tmp);

        return $this->json($response, ['stored' => $stored], 201);
    }
}
