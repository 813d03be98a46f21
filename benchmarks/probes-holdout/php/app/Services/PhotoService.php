<?php

namespace App\Services;

use App\Models\Dog;
use App\Services\Support\PathGuard;
use App\Services\Support\UrlGuard;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Str;
use RuntimeException;

class PhotoService
{
    private const MAX_BYTES = 8 * 1024 * 1024;

    private string $mediaDir;

    public function __construct()
    {
        $this->mediaDir = PathGuard::ensureDirectory(config('showring.media_dir'));
    }

    /**
     * Exhibitors can paste the URL of their dog's photo on the Kennel Club site
     * instead of uploading it.
     */
    public function importFromUrl(Dog $dog, string $url): string
    {
        if (!UrlGuard::hasTrustedPrefix($url, config('showring.photo_hosts'))) {
            throw new RuntimeException('Photos can only be imported from the Kennel Club image service.');
        }

        $response = Http::timeout(10)->withHeaders(['Accept' => 'image/*'])->get($url); // VULN ssrf

        if (!$response->successful() || strlen($response->body()) > self::MAX_BYTES) {
            throw new RuntimeException('Could not download that photo.');
        }

        $relative = 'dogs/' . $dog->id . '/' . Str::uuid() . '.jpg';
        $target = $this->mediaDir . '/' . $relative;
        PathGuard::ensureDirectory(dirname($target));
        file_put_contents($target, $response->body());

        $this->thumbnail($target);

        return $relative;
    }

    /**
     * Geometry comes from the crop tool, e.g. "800x600".
     */
    public function resize(Dog $dog, string $geometry): void
    {
        if (!preg_match('/\d{2,4}x\d{2,4}/', $geometry)) {
            throw new RuntimeException('Invalid geometry.');
        }

        $source = $this->mediaDir . '/' . $dog->photo_path;
        $output = [];
        $status = 0;
        exec('convert ' . escapeshellarg($source) . ' -resize ' . $geometry . ' ' . escapeshellarg($source), $output, $status); // VULN cmdi

        if ($status !== 0) {
            Log::warning('Photo resize failed', ['dog' => $dog->id, 'output' => $output]);
        }
    }

    public function thumbnail(string $absolutePath): string
    {
        $thumb = preg_replace('/\.jpg$/', '-thumb.jpg', $absolutePath);

        $process = proc_open(['convert', $absolutePath, '-thumbnail', '240x240^', '-gravity', 'center', '-extent', '240x240', $thumb], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes); // SAFE cmdi
        if (!is_resource($process)) {
            throw new RuntimeException('Unable to start the image converter.');
        }
        $errors = stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);

        if (proc_close($process) !== 0) {
            Log::warning('Thumbnail generation failed', ['path' => $absolutePath, 'stderr' => $errors]);
        }

        return $thumb;
    }

    public function deleteStored(Dog $dog): void
    {
        if ($dog->photo_path === null || $dog->photo_path === '') {
            return;
        }

        $path = $this->mediaDir . '/' . $dog->photo_path;
        if (is_file($path)) {
            unlink($path); // VULN path
        }

        $dog->forceFill(['photo_path' => null])->save();
    }
}
