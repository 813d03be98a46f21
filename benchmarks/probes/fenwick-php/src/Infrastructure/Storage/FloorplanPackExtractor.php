<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Storage;

use RuntimeException;
use ZipArchive;

/**
 * Floorplan packs come from the surveyors as a zip with nested folders per floor.
 */
final class FloorplanPackExtractor
{
    public function __construct(private readonly string $floorplanRoot)
    {
    }

    /**
     * @return list<string> relative paths written
     */
    public function extract(int $cottageId, string $archivePath): array
    {
        $zip = new ZipArchive();
        if ($zip->open($archivePath) !== true) {
            throw new RuntimeException('Not a valid zip archive');
        }

        $base = rtrim($this->floorplanRoot, '/') . '/' . $cottageId;
        if (!is_dir($base) && !mkdir($base, 0755, true) && !is_dir($base)) {
            throw new RuntimeException('Cannot create floorplan folder');
        }
        $base = (string) realpath($base);

        $written = [];
        for ($i = 0; $i < $zip->numFiles; $i++) {
            $entry = (string) $zip->getNameIndex($i);
            $relative = $this->normalise($entry);
            if ($relative === null || str_ends_with($entry, '/')) {
                continue;
            }

            $dest = $base . '/' . $relative;
            if (!str_starts_with($dest, $base . '/')) {
                continue;
            }
            if (!is_dir(dirname($dest))) {
                mkdir(dirname($dest), 0755, true);
            }
            file_put_contents($dest, $zip->getFromIndex($i)); // SAFE zipslip
            $written[] = $relative;
        }
        $zip->close();

        return $written;
    }

    private function normalise(string $entry): ?string
    {
        $entry = str_replace('\\', '/', $entry);
        if ($entry === '' || $entry[0] === '/' || preg_match('#^[A-Za-z]:#', $entry) === 1) {
            return null;
        }

        $parts = [];
        foreach (explode('/', $entry) as $segment) {
            if ($segment === '' || $segment === '.') {
                continue;
            }
            if ($segment === '..') {
                return null;
            }
            $parts[] = $segment;
        }

        return $parts === [] ? null : implode('/', $parts);
    }
}
