<?php

namespace Kerbside\Legacy\Service;

use RuntimeException;
use ZipArchive;

final class ArchiveImporter
{
    private const PHOTO_TYPES = ['jpg', 'jpeg', 'png', 'heic'];

    public function __construct(private readonly string $photoRoot) {}

    public function extractPhotos(string $archivePath, string $plate): array
    {
        $target = rtrim($this->photoRoot, '/') . '/' . $plate;
        if (!is_dir($target) && !mkdir($target, 0750, true) && !is_dir($target)) {
            throw new RuntimeException('Cannot create ' . $target);
        }

        $zip = new ZipArchive();
        if ($zip->open($archivePath, ZipArchive::RDONLY) !== true) {
            throw new RuntimeException('Not a readable zip archive');
        }

        $saved = [];
        for ($i = 0; $i < $zip->numFiles; $i++) {
            $name = basename((string) $zip->getNameIndex($i));
            $ext = strtolower(pathinfo($name, PATHINFO_EXTENSION));
            if ($name === '' || $name[0] === '.' || !in_array($ext, self::PHOTO_TYPES, true)) {
                continue;
            }
            file_put_contents($target . '/' . $name, $zip->getFromIndex($i)); // SAFE zipslip
            $saved[] = $name;
        }
        $zip->close();
        return $saved;
    }
}
