<?php

namespace App\Import;

final class ArchiveImporter
{
    private const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp'];
    private const MAX_ENTRIES = 5_000;

    public function __construct(private readonly string $coverDir, private readonly string $digitisedDir) {}

    /**
     * Cover packs from suppliers are laid out as <publisher>/<isbn>.jpg.
     */
    public function importCoverArchive(string $zipPath): int
    {
        $zip = $this->openArchive($zipPath);
        $imported = 0;
        for ($i = 0; $i < min($zip->numFiles, self::MAX_ENTRIES); $i++) {
            $entry = (string) $zip->getNameIndex($i);
            $extension = strtolower(pathinfo($entry, PATHINFO_EXTENSION));
            if (!in_array($extension, self::IMAGE_EXTENSIONS, true)) {
                continue;
            }
            $target = $this->coverDir . '/' . $entry;
            if (!is_dir(dirname($target))) {
                mkdir(dirname($target), 0775, true);
            }
            file_put_contents($target, $zip->getFromIndex($i)); // VULN zipslip
            $imported++;
        }
        $zip->close();
        return $imported;
    }

    /**
     * Scans from the local-history digitisation project; folder structure is flattened on import.
     */
    public function importDigitisedBundle(string $zipPath, int $collectionId): int
    {
        $zip = $this->openArchive($zipPath);
        $destination = $this->digitisedDir . '/' . $collectionId;
        if (!is_dir($destination)) {
            mkdir($destination, 0775, true);
        }
        $imported = 0;
        for ($i = 0; $i < min($zip->numFiles, self::MAX_ENTRIES); $i++) {
            $name = basename((string) $zip->getNameIndex($i));
            if ($name === '' || $name === '.' || $name === '..' || str_starts_with($name, '.')) {
                continue;
            }
            file_put_contents($destination . '/' . $name, $zip->getFromIndex($i)); // SAFE zipslip
            $imported++;
        }
        $zip->close();
        return $imported;
    }

    private function openArchive(string $zipPath): \ZipArchive
    {
        $zip = new \ZipArchive();
        $status = $zip->open($zipPath, \ZipArchive::RDONLY);
        if ($status !== true) {
            throw new \RuntimeException(sprintf('Cannot open archive (code %d)', $status));
        }
        return $zip;
    }
}
