<?php

declare(strict_types=1);

namespace App\Service;

use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\Filesystem\Filesystem;
use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;

/**
 * Floor plans are exported from the editor as a zip of SVG layers plus a manifest.json.
 */
final class FloorPlanService
{
    private const MAX_ENTRIES = 500;
    private const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp'];

    public function __construct(
        #[Autowire('%kernel.project_dir%/var/floor-plans')]
        private readonly string $planDir,
        private readonly Filesystem $fs,
    ) {
    }

    /** @return list<string> */
    public function importArchive(string $zipPath, int $floor): array
    {
        $zip = $this->open($zipPath);
        $target = $this->floorDir($floor);
        $this->fs->mkdir($target);

        $written = [];
        for ($i = 0; $i < $zip->numFiles; ++$i) {
            $name = (string) $zip->getNameIndex($i);
            if ($name === '' || str_ends_with($name, '/')) {
                continue;
            }

            $this->fs->mkdir(\dirname($target . '/' . $name));
            file_put_contents($target . '/' . $name, $zip->getFromIndex($i)); // VULN zipslip
            $written[] = $name;
        }
        $zip->close();

        return $written;
    }

    /** @return list<string> */
    public function importThumbnails(string $zipPath, int $floor): array
    {
        $zip = $this->open($zipPath);
        $target = $this->floorDir($floor) . '/thumbs';
        $this->fs->mkdir($target);

        $written = [];
        for ($i = 0; $i < $zip->numFiles; ++$i) {
            $name = (string) $zip->getNameIndex($i);
            $extension = strtolower(pathinfo($name, PATHINFO_EXTENSION));
            if (str_ends_with($name, '/') || !in_array($extension, self::IMAGE_EXTENSIONS, true)) {
                continue;
            }

            $base = basename($name);
            file_put_contents($target . '/' . $base, $zip->getFromIndex($i)); // SAFE zipslip
            $written[] = $base;
        }
        $zip->close();

        return $written;
    }

    public function readAsset(int $floor, string $file): string
    {
        $base = realpath($this->floorDir($floor));
        $path = realpath($this->floorDir($floor) . '/' . $file);

        if ($base === false || $path === false || !str_starts_with($path, $base . \DIRECTORY_SEPARATOR)) {
            throw new NotFoundHttpException('Floor plan asset not found.');
        }

        return (string) file_get_contents($path); // SAFE path
    }

    private function open(string $zipPath): \ZipArchive
    {
        $zip = new \ZipArchive();
        if ($zip->open($zipPath, \ZipArchive::RDONLY) !== true) {
            throw new \InvalidArgumentException('Not a readable zip archive.');
        }

        if ($zip->numFiles > self::MAX_ENTRIES) {
            $zip->close();
            throw new \InvalidArgumentException('Archive has too many entries.');
        }

        return $zip;
    }

    private function floorDir(int $floor): string
    {
        return sprintf('%s/floor-%d', $this->planDir, $floor);
    }
}
