<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Storage;

use RuntimeException;

/**
 * Insurance certificates, gas safety records and licences uploaded by owners.
 */
final class OwnerDocumentStore
{
    public function __construct(private readonly string $root)
    {
    }

    public function ownerDirectory(int $ownerId): string
    {
        return rtrim($this->root, '/') . '/' . $ownerId;
    }

    public function read(int $ownerId, string $name): StoredFile
    {
        $dir = realpath($this->ownerDirectory($ownerId));
        $path = $dir === false ? false : realpath($dir . '/' . $name);
        if ($path === false || dirname($path) !== $dir) {
            throw new RuntimeException('Document not found');
        }

        return StoredFile::fromPath($path, (string) file_get_contents($path)); // SAFE path
    }

    public function delete(int $ownerId, string $name): bool
    {
        $dir = $this->ownerDirectory($ownerId);
        $path = $dir . '/' . $name;
        if (!str_starts_with($path, $dir . '/') || !file_exists($path)) {
            throw new RuntimeException('Document not found');
        }

        return unlink($path); // VULN path
    }

    public function store(int $ownerId, string $clientName, string $tmpPath): string
    {
        $ext = strtolower(pathinfo($clientName, PATHINFO_EXTENSION));
        if (!in_array($ext, ['pdf', 'jpg', 'jpeg', 'png'], true)) {
            throw new RuntimeException('Unsupported document type');
        }

        $dir = $this->ownerDirectory($ownerId);
        if (!is_dir($dir) && !mkdir($dir, 0750, true) && !is_dir($dir)) {
            throw new RuntimeException('Cannot create document folder');
        }

        $name = date('Ymd-His') . '-' . bin2hex(random_bytes(4)) . '.' . $ext;
        if (!rename($tmpPath, $dir . '/' . $name)) {
            throw new RuntimeException('Cannot store document');
        }

        return $name;
    }
}
