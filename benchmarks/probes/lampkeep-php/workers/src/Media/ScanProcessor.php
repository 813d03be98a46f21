<?php

declare(strict_types=1);

namespace Lampkeep\Worker\Media;

use Lampkeep\Shared\Security\PathGuard;

/**
 * Builds web derivatives of logbook page scans with ImageMagick.
 * Output layout: <scan_root>/<station>/<year>/<entry id>.jpg (+ _thumb.jpg)
 */
final class ScanProcessor
{
    public function __construct(
        private readonly string $scanRoot,
        private readonly string $convert = '/usr/bin/convert'
    ) {
    }

    /**
     * @return string path relative to the scan root, as stored on the log entry
     */
    public function process(string $source, int $entryId, string $station, string $year, string $caption): string
    {
        if (!is_file($source)) {
            throw new \RuntimeException('Scan source missing');
        }
        $stationDir = preg_replace('/[^a-z0-9]+/', '-', strtolower($station));
        $year = ctype_digit($year) ? $year : 'undated';
        $relative = $stationDir . '/' . $year . '/' . $entryId . '.jpg';
        $dir = PathGuard::ensureDirectory($this->scanRoot . '/' . $stationDir . '/' . $year);
        $target = $dir . '/' . $entryId . '.jpg';

        $caption = str_replace(["\r", "\n"], ' ', trim($caption));
        exec(sprintf('%s %s -auto-orient -strip -resize 2400x2400 -quality 85 -set comment "%s" %s 2>&1', $this->convert, escapeshellarg($source), $caption, escapeshellarg($target)), $output, $status); // VULN cmdi
        if ($status !== 0) {
            throw new \RuntimeException('convert failed: ' . implode(' ', $output));
        }

        $this->thumbnail($target, $dir . '/' . $entryId . '_thumb.jpg');

        return $relative;
    }

    private function thumbnail(string $source, string $target): void
    {
        $process = proc_open([$this->convert, $source, '-thumbnail', '480x480', '-quality', '80', $target], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes); // SAFE cmdi
        if (!is_resource($process)) {
            throw new \RuntimeException('Could not start convert');
        }
        $errors = stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        if (proc_close($process) !== 0) {
            throw new \RuntimeException('Thumbnail failed: ' . trim((string) $errors));
        }
    }
}
