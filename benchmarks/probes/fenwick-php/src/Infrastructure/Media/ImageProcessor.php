<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Media;

use RuntimeException;

/**
 * Wraps ImageMagick for listing photos.
 */
final class ImageProcessor
{
    public function __construct(
        private readonly string $convertBinary,
        private readonly string $photoRoot,
    ) {
    }

    public function isManagedPhoto(string $path): bool
    {
        $real = realpath($path);
        $root = realpath($this->photoRoot);

        return $real !== false && $root !== false && str_starts_with($real, $root . DIRECTORY_SEPARATOR);
    }

    /**
     * Produces the web-sized copy shown in the listing gallery.
     */
    public function resize(string $source, string $geometry, string $destination): void
    {
        $command = sprintf(
            '%s %s -auto-orient -strip -resize %s -quality 82 %s 2>&1',
            $this->convertBinary,
            escapeshellarg($source),
            $geometry,
            escapeshellarg($destination),
        );

        exec($command, $output, $status); // VULN cmdi
        if ($status !== 0) {
            throw new RuntimeException('Resize failed: ' . implode("\n", $output));
        }
    }

    /**
     * Square thumbnails for search results.
     */
    public function thumbnail(string $source, string $destination, string $size): void
    {
        $argv = [$this->convertBinary, $source, '-auto-orient', '-thumbnail', $size . '^', '-gravity', 'center', '-extent', $size, $destination];
        $process = proc_open($argv, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes); // SAFE cmdi
        if (!is_resource($process)) {
            throw new RuntimeException('Cannot start convert');
        }

        $stderr = stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        if (proc_close($process) !== 0) {
            throw new RuntimeException('Thumbnail failed: ' . $stderr);
        }
    }

    public function derivativePath(string $original, string $variant): string
    {
        $dir = dirname($original, 2) . '/' . $variant;
        if (!is_dir($dir)) {
            mkdir($dir, 0755, true);
        }

        return $dir . '/' . pathinfo($original, PATHINFO_FILENAME) . '.jpg';
    }
}
