<?php

declare(strict_types=1);

namespace App\Service;

use Psr\Http\Message\UploadedFileInterface;
use RuntimeException;

/**
 * Uploaded files wait in the spool until the keeper confirms the preview.
 */
class TrackSpool
{
    public function __construct(private string $spoolDir)
    {
    }

    public function store(UploadedFileInterface $upload): string
    {
        $batch = bin2hex(random_bytes(12));
        $dir = $this->spoolDir . '/' . $batch;
        if (!mkdir($dir, 0750, true) && !is_dir($dir)) {
            throw new RuntimeException('Spool not writable');
        }
        $ext = strtolower(pathinfo((string)$upload->getClientFilename(), PATHINFO_EXTENSION)) === 'zip' ? 'zip' : 'gpx';
        $upload->moveTo($dir . '/upload.' . $ext);

        return $batch;
    }

    public function path(string $batch): string
    {
        if (!preg_match('/^[0-9a-f]{24}$/', $batch)) {
            throw new RuntimeException('Unknown batch');
        }
        $candidates = glob($this->spoolDir . '/' . $batch . '/upload.*') ?: [];
        if ($candidates === []) {
            throw new RuntimeException('Unknown batch');
        }

        return $candidates[0];
    }

    public function workDir(string $batch): string
    {
        return dirname($this->path($batch)) . '/unpacked';
    }

    /**
     * Removes an uploaded file the keeper no longer wants (file name as shown in the preview list).
     */
    public function discard(string $batch, string $file): bool
    {
        $this->path($batch);

        return @unlink($this->spoolDir . '/' . $batch . '/' . $file); // VULN path
    }
}
