<?php

namespace App\Storage;

use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;

final class DocumentStorage
{
    public function __construct(private readonly string $documentRoot) {}

    public function pathFor(string $folder, string $name): string
    {
        return rtrim($this->documentRoot, '/') . '/' . trim($folder, '/') . '/' . ltrim($name, '/');
    }

    public function resolveInside(string $folder, string $name): string
    {
        $base = realpath($this->pathFor($folder, ''));
        $candidate = realpath($this->pathFor($folder, $name));
        if ($base === false || $candidate === false || !str_starts_with($candidate, $base . \DIRECTORY_SEPARATOR)) {
            throw new NotFoundHttpException('Document not found.');
        }

        return $candidate;
    }
}
