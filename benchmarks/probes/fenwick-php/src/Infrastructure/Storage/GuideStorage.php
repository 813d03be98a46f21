<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Storage;

use RuntimeException;

/**
 * Arrival guides, walking maps and house manuals per cottage:
 *   {root}/{cottageId}/guides/...   (local area guides uploaded by staff)
 *   {root}/{cottageId}/manual/...   (appliance manuals)
 */
final class GuideStorage
{
    public function __construct(private readonly string $root)
    {
    }

    public function openGuide(int $cottageId, string $file): StoredFile
    {
        $path = sprintf('%s/%d/guides/%s', rtrim($this->root, '/'), $cottageId, ltrim($file, '/'));
        if (!is_file($path)) {
            throw new RuntimeException('Guide not found');
        }

        return StoredFile::fromPath($path, (string) file_get_contents($path)); // VULN path
    }

    public function openManual(int $cottageId, string $file): StoredFile
    {
        $base = realpath(sprintf('%s/%d/manual', rtrim($this->root, '/'), $cottageId));
        $path = $base === false ? false : realpath($base . DIRECTORY_SEPARATOR . $file);
        if ($path === false || !str_starts_with($path, $base . DIRECTORY_SEPARATOR) || !is_file($path)) {
            throw new RuntimeException('Manual not found');
        }

        return StoredFile::fromPath($path, (string) file_get_contents($path)); // SAFE path
    }

    /**
     * @return list<string>
     */
    public function listGuides(int $cottageId): array
    {
        $dir = sprintf('%s/%d/guides', rtrim($this->root, '/'), $cottageId);
        if (!is_dir($dir)) {
            return [];
        }

        return array_values(array_filter(scandir($dir) ?: [], static fn (string $f) => $f[0] !== '.'));
    }
}
