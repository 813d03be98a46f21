<?php

declare(strict_types=1);

namespace Lampkeep\Shared\Security;

/**
 * Resolves a relative file name inside a storage root and refuses anything outside it.
 */
final class PathGuard
{
    public static function resolveWithin(string $root, string $relative): ?string
    {
        $rootReal = realpath($root);
        if ($rootReal === false || $relative === '' || str_contains($relative, "\0")) {
            return null;
        }

        $candidate = realpath($rootReal . DIRECTORY_SEPARATOR . ltrim($relative, '/\\'));
        if ($candidate === false || !is_file($candidate)) {
            return null;
        }

        if (!str_starts_with($candidate, $rootReal . DIRECTORY_SEPARATOR)) {
            return null;
        }

        return $candidate;
    }

    public static function ensureDirectory(string $dir): string
    {
        if (!is_dir($dir) && !mkdir($dir, 0750, true) && !is_dir($dir)) {
            throw new \RuntimeException(sprintf('Cannot create %s', $dir));
        }

        return rtrim($dir, '/');
    }
}
