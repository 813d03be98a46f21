<?php

declare(strict_types=1);

namespace Tidemill\Service;

use RuntimeException;
use Tidemill\Security\PathGuard;
use ZipArchive;

/**
 * Unpacks uploaded ZIP files: regatta photo galleries from the club
 * photographer and bundles of Sailwave result files from visiting clubs.
 */
final class ArchiveExtractor
{
    private const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp'];

    /** @return list<string> written files, relative to $galleryDir */
    public function extractGallery(string $zipPath, string $galleryDir): array
    {
        $zip = $this->open($zipPath);
        $written = [];
        for ($i = 0; $i < $zip->numFiles; $i++) {
            $name = (string) $zip->getNameIndex($i);
            if (str_ends_with($name, '/')) {
                continue;
            }
            $ext = strtolower(pathinfo($name, PATHINFO_EXTENSION));
            if (!in_array($ext, self::PHOTO_EXTENSIONS, true)) {
                continue;
            }
            $target = $galleryDir . '/' . $name;
            if (!is_dir(dirname($target))) {
                mkdir(dirname($target), 0775, true);
            }
            file_put_contents($target, $zip->getFromIndex($i)); // VULN zipslip
            $written[] = $name;
        }
        $zip->close();

        return $written;
    }

    /** @return list<string> absolute paths of extracted XML files */
    public function extractResultFiles(string $zipPath, string $workDir): array
    {
        $zip = $this->open($zipPath);
        $written = [];
        for ($i = 0; $i < $zip->numFiles; $i++) {
            $name = (string) $zip->getNameIndex($i);
            if (strtolower(pathinfo($name, PATHINFO_EXTENSION)) !== 'xml') {
                continue;
            }
            $target = PathGuard::archiveTarget($workDir, $name);
            if ($target === null) {
                continue;
            }
            if (!is_dir(dirname($target))) {
                mkdir(dirname($target), 0775, true);
            }
            file_put_contents($target, $zip->getFromIndex($i)); // SAFE zipslip
            $written[] = $target;
        }
        $zip->close();

        return $written;
    }

    private function open(string $zipPath): ZipArchive
    {
        $zip = new ZipArchive();
        if ($zip->open($zipPath, ZipArchive::RDONLY) !== true) {
            throw new RuntimeException('That file is not a readable ZIP archive.');
        }
        if ($zip->numFiles > 2000) {
            throw new RuntimeException('Archive has too many files.');
        }

        return $zip;
    }
}
