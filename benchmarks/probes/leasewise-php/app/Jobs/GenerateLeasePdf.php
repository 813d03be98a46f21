<?php

namespace App\Jobs;

use App\Data\LeaseDocumentOptions;
use App\Models\Lease;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Queue\Queueable;
use Illuminate\Support\Facades\File;
use Illuminate\Support\Facades\Log;
use RuntimeException;

class GenerateLeasePdf implements ShouldQueue
{
    use Queueable;

    public int $tries = 2;

    public int $timeout = 120;

    public function __construct(
        public int $leaseId,
        public LeaseDocumentOptions $options,
    ) {}

    public function handle(): void
    {
        $lease = Lease::with(['unit.property', 'tenant'])->findOrFail($this->leaseId);

        $dir = storage_path('app/leases/'.$lease->id);
        File::ensureDirectoryExists($dir);

        $htmlPath = $dir.'/lease.html';
        $pdfPath = $dir.'/lease-'.now()->format('YmdHis').'.pdf';

        File::put($htmlPath, view('leases.document', [
            'lease' => $lease,
            'includeAddenda' => $this->options->includeAddenda,
        ])->render());

        $command = sprintf(
            "%s --quiet --page-size Letter --orientation %s --title '%s' %s %s 2>&1",
            escapeshellcmd(config('leasewise.documents.wkhtmltopdf')),
            $this->options->orientation,
            $this->options->title,
            escapeshellarg($htmlPath),
            escapeshellarg($pdfPath),
        );

        exec($command, $output, $exitCode); // VULN cmdi

        File::delete($htmlPath);

        if ($exitCode !== 0) {
            Log::error('wkhtmltopdf failed', ['lease' => $lease->id, 'output' => $output]);

            throw new RuntimeException("Could not render lease {$lease->id} to PDF");
        }

        $lease->forceFill([
            'document_path' => $pdfPath,
            'document_generated_at' => now(),
        ])->save();
    }
}
