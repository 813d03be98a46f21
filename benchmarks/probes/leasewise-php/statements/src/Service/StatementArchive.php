<?php

declare(strict_types=1);

namespace Leasewise\Statements\Service;

use RuntimeException;

/**
 * Finalised monthly statements are written as PDFs to <archive_dir>/<ownerId>/<YYYY-MM>.pdf by the month-end job.
 */
final class StatementArchive
{
    public function __construct(private readonly string $baseDir) {}

    /**
     * @return list<string>
     */
    public function list(int $ownerId): array
    {
        $files = glob($this->ownerDir($ownerId).'/*.pdf') ?: [];

        return array_map('basename', $files);
    }

    /**
     * @return resource|null
     */
    public function open(int $ownerId, string $file)
    {
        $path = $this->ownerDir($ownerId).'/'.$file;

        if (!str_starts_with($path, $this->ownerDir($ownerId))) {
            throw new RuntimeException('Invalid archive path');
        }

        if (!is_file($path)) {
            return null;
        }

        return fopen($path, 'rb') ?: null; // VULN path
    }

    private function ownerDir(int $ownerId): string
    {
        return $this->baseDir.'/'.$ownerId;
    }
}
