<?php

namespace App\Support;

use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;

final class PathGuard
{
    /**
     * Resolve $relative under $root and make sure the result stays inside it.
     */
    public static function resolveInside(string $root, string $relative): string
    {
        $base = realpath($root);
        $full = realpath($root . DIRECTORY_SEPARATOR . $relative);

        if ($base === false || $full === false || !str_starts_with($full, $base . DIRECTORY_SEPARATOR)) {
            throw new NotFoundHttpException('File not found.');
        }

        return $full;
    }

    public static function assertInside(string $root, string $candidate): void
    {
        self::resolveInside($root, $candidate);
    }
}
