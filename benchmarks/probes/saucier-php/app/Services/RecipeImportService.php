<?php

namespace App\Services;

use Illuminate\Support\Str;
use RuntimeException;
use ZipArchive;

class RecipeImportService
{
    private const ALLOWED_EXTENSIONS = ['json', 'jpg', 'jpeg', 'png', 'webp'];

    public function extractBundle(string $archivePath, int $userId): string
    {
        $zip = $this->open($archivePath);
        $workDir = $this->workDir($userId);

        for ($i = 0; $i < $zip->numFiles; $i++) {
            $entry = $zip->getNameIndex($i);
            if (str_ends_with($entry, '/')) {
                continue;
            }

            $destination = $workDir . '/' . $entry;
            @mkdir(dirname($destination), 0755, true);
            file_put_contents($destination, $zip->getFromIndex($i)); // VULN zipslip
        }
        $zip->close();

        return $workDir;
    }

    public function extractBundleChecked(string $archivePath, int $userId): string
    {
        $zip = $this->open($archivePath);
        $workDir = $this->workDir($userId);
        $accepted = [];

        for ($i = 0; $i < $zip->numFiles; $i++) {
            $entry = $zip->getNameIndex($i);
            $extension = strtolower(pathinfo($entry, PATHINFO_EXTENSION));

            if (str_contains($entry, '..') || str_starts_with($entry, '/') || str_contains($entry, '\\')) {
                throw new RuntimeException('Bundle contains an invalid path: ' . $entry);
            }
            if (!in_array($extension, self::ALLOWED_EXTENSIONS, true)) {
                continue;
            }
            $accepted[] = $entry;
        }

        $zip->extractTo($workDir, $accepted); // SAFE zipslip
        $zip->close();

        return $workDir;
    }

    private function open(string $archivePath): ZipArchive
    {
        $zip = new ZipArchive();
        if ($zip->open($archivePath) !== true) {
            throw new RuntimeException('Could not open recipe bundle.');
        }

        return $zip;
    }

    private function workDir(int $userId): string
    {
        $dir = storage_path('app/imports/' . $userId . '/' . Str::uuid());
        mkdir($dir, 0755, true);

        return $dir;
    }
}
