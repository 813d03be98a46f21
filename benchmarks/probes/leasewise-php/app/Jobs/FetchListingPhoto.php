<?php

namespace App\Jobs;

use App\Models\Property;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Queue\Queueable;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Facades\Storage;
use Illuminate\Support\Str;

class FetchListingPhoto implements ShouldQueue
{
    use Queueable;

    public int $tries = 3;

    public function __construct(
        public int $propertyId,
        public string $url,
        public ?string $caption = null,
    ) {}

    public function handle(): void
    {
        $property = Property::findOrFail($this->propertyId);

        $host = strtolower((string) parse_url($this->url, PHP_URL_HOST));
        if ($host === '' || in_array($host, ['localhost', '127.0.0.1', '[::1]'], true) || str_ends_with($host, '.internal')) {
            Log::notice('Rejected listing photo URL', ['property' => $property->id, 'url' => $this->url]);

            return;
        }

        $response = Http::timeout(15)->withHeaders(['Accept' => 'image/*'])->get($this->url); // VULN ssrf

        if (! $response->successful()) {
            Log::notice('Listing photo download failed', ['url' => $this->url, 'status' => $response->status()]);

            return;
        }

        $bytes = $response->body();
        if (strlen($bytes) > config('leasewise.photos.max_bytes')) {
            return;
        }

        $path = sprintf('unit-photos/%d/%s.%s', $property->id, Str::uuid(), $this->extensionFor((string) $response->header('Content-Type')));
        Storage::disk('public')->put($path, $bytes);

        $property->photos()->create([
            'path' => $path,
            'caption' => $this->caption,
            'source_url' => $this->url,
            'position' => $property->photos()->count(),
        ]);
    }

    private function extensionFor(string $contentType): string
    {
        return match (strtolower(trim(explode(';', $contentType)[0]))) {
            'image/png' => 'png',
            'image/webp' => 'webp',
            'image/gif' => 'gif',
            default => 'jpg',
        };
    }
}
