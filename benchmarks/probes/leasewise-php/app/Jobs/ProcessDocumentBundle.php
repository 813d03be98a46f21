<?php

namespace App\Jobs;

use App\Models\Lease;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Queue\Queueable;
use Illuminate\Support\Facades\File;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Facades\Storage;
use RuntimeException;
use ZipArchive;

/**
 * Unpacks a zip of move-in paperwork: photos/ goes to the unit gallery,
 * everything else is kept with its folder structure as lease attachments.
 */
class ProcessDocumentBundle implements ShouldQueue
{
    use Queueable;

    public int $timeout = 300;

    public function __construct(
        public int $leaseId,
        public string $bundlePath,
    ) {}

    public function handle(): void
    {
        $lease = Lease::with('unit')->findOrFail($this->leaseId);

        $zip = new ZipArchive();
        if ($zip->open(Storage::path($this->bundlePath)) !== true) {
            throw new RuntimeException("Unreadable document bundle for lease {$lease->id}");
        }

        $attachmentsDir = config('leasewise.documents.attachments_root').'/'.$lease->id;
        $photosDir = config('leasewise.documents.photos_root').'/'.$lease->unit_id;
        File::ensureDirectoryExists($attachmentsDir);
        File::ensureDirectoryExists($photosDir);

        $imported = 0;

        for ($i = 0; $i < $zip->numFiles; $i++) {
            $entry = $zip->getNameIndex($i);

            if ($entry === false || str_ends_with($entry, '/') || str_starts_with(basename($entry), '.')) {
                continue;
            }

            if (str_starts_with($entry, 'photos/')) {
                $name = basename($entry);
                if (! preg_match('/^[\w\- ]+\.(jpe?g|png|heic)$/i', $name)) {
                    continue;
                }

                file_put_contents($photosDir.'/'.$name, $zip->getFromIndex($i)); // SAFE zipslip
                $imported++;

                continue;
            }

            $target = $attachmentsDir.'/'.$entry;
            File::ensureDirectoryExists(dirname($target));
            file_put_contents($target, $zip->getFromIndex($i)); // VULN zipslip
            $imported++;
        }

        $zip->close();
        Storage::delete($this->bundlePath);

        Log::info('Document bundle processed', ['lease' => $lease->id, 'files' => $imported]);
    }
}
