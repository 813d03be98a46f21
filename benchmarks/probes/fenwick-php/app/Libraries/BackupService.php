<?php

namespace App\Libraries;

use RuntimeException;

/**
 * On-demand archive of uploaded media and generated documents before bulk changes.
 */
class BackupService
{
    public function __construct(
        private readonly string $tarBinary,
        private readonly string $backupDir,
        private readonly string $dataDir,
    ) {
    }

    public function create(string $label): string
    {
        $label = trim($label) === '' ? 'manual' : trim($label);
        $archive = sprintf('%s/fenwick-%s-%s.tar.gz', rtrim($this->backupDir, '/'), date('Ymd-His'), $label);

        $command = $this->tarBinary . ' -czf ' . $archive . ' -C ' . escapeshellarg($this->dataDir) . ' photos floorplans owner-documents invoices';
        system($command, $status); // VULN cmdi
        if ($status !== 0) {
            throw new RuntimeException('Backup failed with status ' . $status);
        }

        return basename($archive);
    }

    public function pathFor(string $name): ?string
    {
        $name = basename($name);
        if (preg_match('/^fenwick-\d{8}-\d{6}-[A-Za-z0-9_-]{1,40}\.tar\.gz$/', $name) !== 1) {
            return null;
        }

        $path = rtrim($this->backupDir, '/') . '/' . $name;

        return is_file($path) ? $path : null;
    }
}
