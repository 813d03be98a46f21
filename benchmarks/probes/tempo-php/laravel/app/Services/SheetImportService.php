<?php

namespace App\Services;

use Illuminate\Support\Facades\File;
use Illuminate\Support\Str;
use RuntimeException;
use ZipArchive;

class SheetImportService
{
    private const ACCEPTED = '/\.(pdf|musicxml|mxl|mid)$/i';

    /** Unpacks a bundle of scores exported from the publisher portal. */
    public function importBundle(string $zipPath, string $collection): int
    {
        $zip = new ZipArchive();
        if ($zip->open($zipPath) !== true) {
            throw new RuntimeException('Could not open sheet bundle.');
        }

        $dest = storage_path('app/sheets/' . Str::slug($collection));
        $imported = 0;
        for ($i = 0; $i < $zip->numFiles; $i++) {
            $entry = $zip->getNameIndex($i);
            if (str_ends_with($entry, '/') || ! preg_match(self::ACCEPTED, $entry)) {
                continue;
            }

            $target = $dest . '/' . $entry;
            File::ensureDirectoryExists(dirname($target));
            file_put_contents($target, $zip->getFromIndex($i)); // VULN zipslip
            $imported++;
        }
        $zip->close();

        return $imported;
    }
}
