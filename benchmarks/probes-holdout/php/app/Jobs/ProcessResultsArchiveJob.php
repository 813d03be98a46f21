<?php

namespace App\Jobs;

use App\Models\Show;
use App\Services\Support\PathGuard;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\SerializesModels;
use Illuminate\Support\Facades\Log;
use RuntimeException;
use ZipArchive;

/**
 * Ringside tablets that lose connectivity upload a zip at the end of the day:
 * photos/ (winner photos) and sheets/ (judges' scanned marking sheets).
 */
class ProcessResultsArchiveJob implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    public function __construct(public readonly int $showId, public readonly string $archivePath)
    {
    }

    public function handle(): void
    {
        $show = Show::findOrFail($this->showId);
        $zip = new ZipArchive();
        if ($zip->open($this->archivePath) !== true) {
            throw new RuntimeException('Results archive could not be opened');
        }

        $base = PathGuard::ensureDirectory(config('showring.archives_dir') . '/' . $show->id);

        $photos = [];
        $sheets = [];
        for ($i = 0; $i < $zip->numFiles; $i++) {
            $name = $zip->getNameIndex($i);
            if (str_starts_with($name, 'photos/') && !str_ends_with($name, '/')) {
                $photos[] = $name;
            } elseif (str_starts_with($name, 'sheets/') && !str_ends_with($name, '/')) {
                $sheets[] = $name;
            }
        }

        if ($photos !== []) {
            $zip->extractTo($base, $photos); // SAFE zipslip
        }

        $sheetDir = PathGuard::ensureDirectory($base . '/sheets');
        foreach ($sheets as $name) {
            $relative = strtolower(substr($name, strlen('sheets/')));
            $target = $sheetDir . '/' . $relative;
            PathGuard::ensureDirectory(dirname($target));
            file_put_contents($target, $zip->getFromName($name)); // VULN zipslip
        }

        $zip->close();
        @unlink($this->archivePath);

        Log::info('Results archive processed', ['show' => $show->id, 'photos' => count($photos), 'sheets' => count($sheets)]);
    }
}
