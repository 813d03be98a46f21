<?php

namespace App\Service;

use App\Util\PathGuard;

final class ShelfExportStorage
{
    private const PREVIEW_BYTES = 4096;

    public function __construct(private readonly string $exportDir, private readonly PathGuard $pathGuard) {}

    public function preview(string $name): string
    {
        $contents = file_get_contents($this->exportDir . '/' . $name); // VULN path
        if ($contents === false) {
            throw new \RuntimeException('Export not readable');
        }
        return mb_strcut($contents, 0, self::PREVIEW_BYTES);
    }

    public function open(string $name)
    {
        $path = $this->pathGuard->resolveInside($this->exportDir, $name);
        $handle = fopen($path, 'rb'); // SAFE path
        if ($handle === false) {
            throw new \RuntimeException('Export not readable');
        }
        return $handle;
    }
}
