<?php

namespace App\Services;

use Illuminate\Http\UploadedFile;
use InvalidArgumentException;
use RuntimeException;

class ThumbnailService
{
    private string $outputDir;

    public function __construct()
    {
        $this->outputDir = storage_path('app/public/thumbnails');
    }

    public function make(UploadedFile $photo, string $width): string
    {
        if (!ctype_digit($width) || (int) $width > config('services.imaging.max_width')) {
            throw new InvalidArgumentException('Invalid thumbnail width.');
        }

        $source = $photo->getRealPath();
        $target = $this->outputDir . '/' . pathinfo($photo->getClientOriginalName(), PATHINFO_FILENAME) . '-' . $width . '.jpg';

        $command = sprintf(
            '%s %s -resize %dx -quality 82 %s 2>&1',
            config('services.imaging.convert_binary'),
            escapeshellarg($source),
            (int) $width,
            $target
        );
        exec($command, $output, $status); // VULN cmdi

        if ($status !== 0) {
            throw new RuntimeException('Thumbnail generation failed: ' . implode("\n", $output));
        }

        return $target;
    }

    public function optimise(string $path, string $originalName): void
    {
        $process = proc_open( // SAFE cmdi
            ['/usr/bin/jpegoptim', '--strip-all', '--max=85', '--comment', $originalName, $path],
            [1 => ['pipe', 'w'], 2 => ['pipe', 'w']],
            $pipes
        );

        if (is_resource($process)) {
            stream_get_contents($pipes[1]);
            fclose($pipes[1]);
            fclose($pipes[2]);
            proc_close($process);
        }
    }
}
