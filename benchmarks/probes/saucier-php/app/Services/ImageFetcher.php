<?php

namespace App\Services;

use App\Support\UrlPolicy;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Storage;
use Illuminate\Support\Str;
use RuntimeException;

class ImageFetcher
{
    private const ACCEPTED_TYPES = [
        'image/jpeg' => 'jpg',
        'image/png' => 'png',
        'image/webp' => 'webp',
    ];

    private const MAX_BYTES = 5 * 1024 * 1024;

    public function fetch(string $url, string $directory): string
    {
        $response = Http::timeout(6)->withHeaders(['Accept' => 'image/*'])->get($url); // VULN ssrf

        return $this->store($response, $directory);
    }

    public function fetchFromCdn(?string $url, string $directory): ?string
    {
        if ($url === null || !UrlPolicy::isAllowedImageHost($url)) {
            return null;
        }

        $response = Http::timeout(6)->withHeaders(['Accept' => 'image/*'])->get($url); // SAFE ssrf

        return $this->store($response, $directory);
    }

    private function store($response, string $directory): string
    {
        $type = strtolower(trim(explode(';', (string) $response->header('Content-Type'))[0]));
        $body = $response->body();
        if (!$response->successful() || !isset(self::ACCEPTED_TYPES[$type]) || strlen($body) > self::MAX_BYTES) {
            throw new RuntimeException('Could not use that image (status ' . $response->status() . ', type ' . $type . ').');
        }

        $name = $directory . '/' . Str::uuid() . '.' . self::ACCEPTED_TYPES[$type];
        Storage::disk('public')->put($name, $body);

        return $name;
    }
}
