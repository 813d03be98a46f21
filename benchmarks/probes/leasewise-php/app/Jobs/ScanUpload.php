<?php

namespace App\Jobs;

use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Queue\Queueable;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Facades\Storage;
use RuntimeException;

class ScanUpload implements ShouldQueue
{
    use Queueable;

    public int $timeout = 300;

    public function __construct(public string $path) {}

    public function handle(): void
    {
        $absolute = Storage::path($this->path);

        exec('clamdscan --no-summary --fdpass '.escapeshellarg($absolute).' 2>&1', $output, $exitCode); // SAFE cmdi

        if ($exitCode === 1) {
            Storage::delete($this->path);
            Log::warning('Infected upload removed', ['path' => $this->path, 'scanner' => $output]);
            $this->fail(new RuntimeException('Upload failed the antivirus scan.'));

            return;
        }

        if ($exitCode !== 0) {
            throw new RuntimeException('Antivirus scan could not complete: '.implode(' ', $output));
        }
    }
}
