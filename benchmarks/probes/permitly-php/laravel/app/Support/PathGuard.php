<?php

namespace App\Support;

use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;

final class PathGuard
{
    /**
     * Resolve $relative below $base and make sure the resolved file is still
     * inside $base after symlinks and dot segments are collapsed.
     */
    public static function resolveWithin(string $base, string $relative): string
    {
        $baseReal = realpath($base);
        if ($baseReal === false) {
            throw new NotFoundHttpException('Storage area unavailable.');
        }

        $candidate = realpath($baseReal . DIRECTORY_SEPARATOR . ltrim($relative, '/\\'));
        if ($candidate === false || !is_file($candidate)) {
            throw new NotFoundHttpException('Document not found.');
        }

        if (!str_starts_with($candidate, $baseReal . DIRECTORY_SEPARATOR)) {
            throw new NotFoundHttpException('Document not found.');
        }

        return $candidate;
    }

    /**
     * Cheap check used for names that arrive URL-encoded from the document grid.
     */
    public static function hasTraversal(string $name): bool
    {
        return str_contains($name, '..') || str_starts_with($name, '/') || str_contains($name, "\0");
    }
}
