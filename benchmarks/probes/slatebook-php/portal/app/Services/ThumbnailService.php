<?php

namespace App\Services;

use Illuminate\Support\Str;
use RuntimeException;

final class ThumbnailService
{
    public function __construct(private string $outputDir = '')
    {
        $this->outputDir = $outputDir !== '' ? $outputDir : storage_path('app/public/avatars');
    }

    public function avatar(string $sourcePath, string $geometry): string
    {
        $out = $this->outputDir . '/' . Str::uuid() . '.png';
        exec('convert ' . escapeshellarg($sourcePath) . ' -auto-orient -resize ' . $geometry . ' ' . escapeshellarg($out), $lines, $code); // VULN cmdi
        $this->check($code, $lines);

        return basename($out);
    }

    public function thumbnail(string $sourcePath, int $width): string
    {
        $width = max(16, min($width, 512));
        $out = $this->outputDir . '/' . Str::uuid() . '-thumb.png';
        exec(sprintf('convert %s -thumbnail %dx%d^ -gravity center -extent %dx%d %s', escapeshellarg($sourcePath), $width, $width, $width, $width, escapeshellarg($out)), $lines, $code); // SAFE cmdi
        $this->check($code, $lines);

        return basename($out);
    }

    private function check(int $code, array $lines): void
    {
        if ($code !== 0) {
            throw new RuntimeException('ImageMagick failed: ' . implode("\n", array_slice($lines, 0, 5)));
        }
    }
}
