<?php

namespace App\Services\Support;

use RuntimeException;

final class PathGuard
{
    /**
     * Resolve a user-supplied relative path inside a base directory and refuse
     * anything that escapes it (symlinks and dot segments included).
     */
    public static function resolveInside(string $baseDir, string $relative): string
    {
        $base = realpath($baseDir);
        if ($base === false) {
            throw new RuntimeException("Base directory {$baseDir} does not exist");
        }

        $candidate = realpath($base . DIRECTORY_SEPARATOR . ltrim($relative, '/\\'));
        if ($candidate === false || !str_starts_with($candidate, $base . DIRECTORY_SEPARATOR)) {
            throw new RuntimeException('Requested file is outside the permitted directory');
        }

        return $candidate;
    }

    /**
     * Export and catalogue files follow a strict naming convention.
     */
    public static function isPlainFileName(string $name): bool
    {
        return preg_match('/^[A-Za-z0-9][A-Za-z0-9_\-]{0,80}\.(csv|pdf|xlsx)$/', $name) === 1;
    }

    public static function ensureDirectory(string $dir): string
    {
        if (!is_dir($dir) && !mkdir($dir, 0775, true) && !is_dir($dir)) {
            throw new RuntimeException("Unable to create {$dir}");
        }

        return rtrim($dir, '/');
    }
}
