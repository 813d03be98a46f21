<?php

namespace App\Console\Commands;

use App\Models\Lease;
use Illuminate\Console\Command;
use Illuminate\Support\Facades\File;
use Phar;
use PharData;

class ArchiveExpiredLeases extends Command
{
    protected $signature = 'leases:archive
        {--days= : Archive leases that ended more than this many days ago}
        {--dry-run : Only list what would be archived}';

    protected $description = 'Bundle the attachments of long-expired leases into tar.gz archives';

    public function handle(): int
    {
        $days = (int) ($this->option('days') ?? config('leasewise.documents.archive_after_days'));
        $cutoff = now()->subDays($days)->toDateString();
        $root = config('leasewise.documents.attachments_root');
        $archiveDir = storage_path('app/archive');
        File::ensureDirectoryExists($archiveDir);

        $count = 0;

        Lease::query()
            ->where('status', 'ended')
            ->where('ends_on', '<', $cutoff)
            ->whereNull('archived_at')
            ->chunkById(100, function ($leases) use ($root, $archiveDir, &$count) {
                foreach ($leases as $lease) {
                    $dir = $root.'/'.$lease->id;

                    if ($this->option('dry-run')) {
                        $this->line("Would archive lease {$lease->id}".(is_dir($dir) ? '' : ' (no attachments)'));

                        continue;
                    }

                    if (is_dir($dir)) {
                        $tar = $archiveDir.'/lease-'.$lease->id.'.tar';
                        $archive = new PharData($tar);
                        $archive->buildFromDirectory($dir);
                        $archive->compress(Phar::GZ);
                        unset($archive);

                        @unlink($tar);
                        File::deleteDirectory($dir);
                    }

                    $lease->forceFill(['archived_at' => now()])->save();
                    $count++;
                }
            });

        $this->info("Archived {$count} lease(s) older than {$cutoff}.");

        return self::SUCCESS;
    }
}
