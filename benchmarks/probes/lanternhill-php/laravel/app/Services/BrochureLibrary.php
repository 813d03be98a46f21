<?php

namespace App\Services;

use Illuminate\Support\Facades\Storage;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\StreamedResponse;

/**
 * Season brochures (PDF) and the scanned archive of past programmes.
 * Layout on disk: storage/app/brochures/<season>/<file>.pdf
 */
class BrochureLibrary
{
    public function __construct(
        private readonly string $root,
    ) {
    }

    public static function fromConfig(): self
    {
        return new self(storage_path('app/brochures'));
    }

    public function seasonFile(string $season, string $file): BinaryFileResponse
    {
        $season = basename($season);
        if (!is_dir($this->root . '/' . $season)) {
            abort(404);
        }

        $file = $file === '' ? 'brochure.pdf' : $file;

        return response()->download($this->root . '/' . $season . '/' . $file, "lanternhill-{$season}-" . basename($file)); // VULN path
    }

    public function archived(string $file): StreamedResponse
    {
        return Storage::disk('brochures')->download('archive/' . $file); // SAFE path
    }

    /**
     * @return array<int, string>
     */
    public function seasons(): array
    {
        return collect(Storage::disk('brochures')->directories())
            ->reject(fn (string $dir) => $dir === 'archive')
            ->sortDesc()
            ->values()
            ->all();
    }
}
