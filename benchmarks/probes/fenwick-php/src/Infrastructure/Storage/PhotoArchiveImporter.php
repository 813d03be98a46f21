<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Storage;

use RuntimeException;
use ZipArchive;

/**
 * Owners upload a zip of listing photos exported from their camera/phone.
 */
final class PhotoArchiveImporter
{
    private const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp'];

    public function __construct(private readonly string $photoRoot)
    {
    }

    /**
     * @return list<string> absolute paths of the imported photos
     */
    public function import(int $cottageId, string $archivePath): array
    {
        $zip = new ZipArchive();
        if ($zip->open($archivePath) !== true) {
            throw new RuntimeException('Not a valid zip archive');
        }

        $target = rtrim($this->photoRoot, '/') . '/' . $cottageId . '/originals';
        if (!is_dir($target) && !mkdir($target, 0755, true) && !is_dir($target)) {
            throw new RuntimeException('Cannot create photo folder');
        }

        $imported = [];
        for ($i = 0; $i < $zip->numFiles; $i++) {
            $entry = (string) $zip->getNameIndex($i);
            if (str_ends_with($entry, '/') || str_starts_with(basename($entry), '.')) {
                continue;
            }
            if (!in_array(strtolower(pathinfo($entry, PATHINFO_EXTENSION)), self::IMAGE_EXTENSIONS, true)) {
                continue;
            }

            $dest = $target . '/' . $entry;
            if (!is_dir(dirname($dest))) {
                mkdir(dirname($dest), 0755, true);
            }
            file_put_contents($dest, $zip->getFromIndex($i)); // VULN zipslip
            $imported[] = $dest;
        }
        $zip->close();

        return $imported;
    }
}
