<?php

namespace App\Jobs;

use App\Models\Show;
use App\Services\CatalogueService;
use App\Services\Support\PathGuard;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\SerializesModels;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Facades\Process;
use RuntimeException;

class GenerateCatalogueJob implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    public int $tries = 2;

    public int $timeout = 300;

    public function __construct(public readonly int $showId, public readonly bool $withCover = true)
    {
    }

    public function handle(CatalogueService $catalogue): void
    {
        $show = Show::findOrFail($this->showId);
        $outDir = PathGuard::ensureDirectory(config('showring.catalogue.output_dir'));

        $htmlFile = tempnam(sys_get_temp_dir(), 'cat') . '.html';
        file_put_contents($htmlFile, $catalogue->html($show));

        $body = $outDir . '/catalogue-' . $show->id . '-body.pdf';
        $title = $show->catalogue_title ?: $show->name;

        $command = sprintf('%s --quiet --page-size A5 --title "%s" %s %s 2>&1', config('showring.catalogue.binary'), $title, escapeshellarg($htmlFile), escapeshellarg($body));
        exec($command, $output, $status); // VULN cmdi

        @unlink($htmlFile);

        if ($status !== 0) {
            Log::error('Catalogue PDF generation failed', ['show' => $show->id, 'output' => $output]);
            throw new RuntimeException('Catalogue generation failed');
        }

        $final = $outDir . '/catalogue-' . $show->id . '.pdf';
        if (!$this->withCover) {
            rename($body, $final);

            return;
        }

        $cover = resource_path('catalogue/cover-' . ($show->show_date?->format('Y') ?? 'default') . '.pdf');
        if (!is_file($cover)) {
            $cover = resource_path('catalogue/cover-default.pdf');
        }

        $result = Process::timeout(120)->run(['qpdf', '--empty', '--pages', $cover, $body, '--', $final]); // SAFE cmdi
        if ($result->failed()) {
            Log::error('Catalogue merge failed', ['show' => $show->id, 'stderr' => $result->errorOutput()]);
            throw new RuntimeException('Catalogue merge failed');
        }

        @unlink($body);
        $show->forceFill(['status' => $show->status === 'closed' ? 'catalogue_ready' : $show->status])->save();
    }
}
