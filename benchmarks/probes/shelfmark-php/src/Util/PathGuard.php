<?php

namespace App\Util;

use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;

final class PathGuard
{
    /**
     * Resolves $relative against $baseDir and refuses anything that ends up outside it.
     */
    public function resolveInside(string $baseDir, string $relative): string
    {
        $base = realpath($baseDir);
        $candidate = realpath($baseDir . DIRECTORY_SEPARATOR . $relative);
        if ($base === false || $candidate === false || !str_starts_with($candidate, $base . DIRECTORY_SEPARATOR)) {
            throw new NotFoundHttpException('No such file.');
        }
        return $candidate;
    }
}
