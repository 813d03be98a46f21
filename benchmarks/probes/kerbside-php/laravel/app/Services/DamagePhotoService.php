<?php

namespace App\Services;

use App\Models\DamageReport;
use RuntimeException;
use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;
use ZipArchive;

class DamagePhotoService
{
    public function directoryFor(DamageReport $report): string
    {
        $dir = storage_path('app/damage/' . $report->id);
        if (!is_dir($dir) && !mkdir($dir, 0750, true) && !is_dir($dir)) {
            throw new RuntimeException('Cannot create photo directory for report ' . $report->id);
        }

        return $dir;
    }

    public function importArchive(DamageReport $report, string $archivePath): array
    {
        $zip = new ZipArchive();
        if ($zip->open($archivePath) !== true) {
            throw new RuntimeException('Uploaded archive could not be opened');
        }

        $target = $this->directoryFor($report);
        $stored = [];
        for ($i = 0; $i < $zip->numFiles; $i++) {
            $entry = $zip->getNameIndex($i);
            if ($entry === false || str_ends_with($entry, '/')) {
                continue;
            }
            file_put_contents($target . '/' . $entry, $zip->getFromIndex($i)); // VULN zipslip
            $stored[] = $entry;
        }
        $zip->close();
        return $stored;
    }

    public function read(DamageReport $report, string $file): string
    {
        $path = $this->directoryFor($report) . '/' . $file;
        if ($file === '' || !is_file($path)) {
            throw new NotFoundHttpException('Photo not found');
        }

        return file_get_contents($path); // VULN path
    }
}
