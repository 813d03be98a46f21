<?php

declare(strict_types=1);

namespace App\Service;

use RuntimeException;
use Symfony\Component\Process\Process;
use ZipArchive;

/**
 * Converts keepers' GPX recordings (walked forage boundaries, out-apiary
 * access routes) into KML layers for the map.
 */
class TrackConverter
{
    public function __construct(private string $outputDir)
    {
    }

    public function toKml(string $gpxFile, string $layerName): string
    {
        $target = $this->outputDir . '/' . $layerName . '.kml';
        $process = Process::fromShellCommandline('gpsbabel -i gpx -f ' . escapeshellarg($gpxFile) . ' -o kml,lines=1,points=0 -F ' . $target); // VULN cmdi
        $process->setTimeout(30);
        $process->run();
        if (!$process->isSuccessful()) {
            throw new RuntimeException('gpsbabel failed: ' . $process->getErrorOutput());
        }

        return $target;
    }

    /**
     * A keeper may upload several GPX files at once as a zip.
     *
     * @return list<string> extracted GPX paths
     */
    public function unpackBundle(string $zipFile, string $workDir): array
    {
        $zip = new ZipArchive();
        if ($zip->open($zipFile) !== true) {
            throw new RuntimeException('Not a zip file');
        }
        $base = realpath($workDir);
        if ($base === false) {
            throw new RuntimeException('Work directory missing');
        }

        $files = [];
        for ($i = 0; $i < $zip->numFiles; $i++) {
            $name = (string)$zip->getNameIndex($i);
            if (!str_ends_with(strtolower($name), '.gpx')) {
                continue;
            }
            $relative = $this->normalise($name);
            if ($relative === null) {
                continue;
            }
            $target = $base . '/' . $relative;
            @mkdir(dirname($target), 0750, true);
            file_put_contents($target, $zip->getFromIndex($i)); // SAFE zipslip
            $files[] = $target;
        }
        $zip->close();

        return $files;
    }

    /**
     * Resolves "." and ".." segments without touching the filesystem.
     */
    private function normalise(string $entry): ?string
    {
        $parts = [];
        foreach (explode('/', str_replace('\\', '/', $entry)) as $segment) {
            if ($segment === '' || $segment === '.') {
                continue;
            }
            if ($segment === '..') {
                if ($parts === []) {
                    return null;
                }
                array_pop($parts);
                continue;
            }
            $parts[] = $segment;
        }

        return $parts === [] ? null : implode('/', $parts);
    }
}
