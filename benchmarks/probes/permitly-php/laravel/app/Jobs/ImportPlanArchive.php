<?php

namespace App\Jobs;

use App\Models\PermitApplication;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Log;
use RuntimeException;
use ZipArchive;

class ImportPlanArchive implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable;

    private const SHEET_EXTENSIONS = ['pdf', 'dwg', 'dxf', 'png', 'jpg', 'tif', 'txt'];

    public int $timeout = 600;

    public function __construct(public int $permitId, public string $archivePath)
    {
    }

    public function handle(): void
    {
        $permit = PermitApplication::findOrFail($this->permitId);
        $destination = rtrim(config('permitly.documents.plan_sets'), '/') . '/' . $permit->id;

        if (!is_dir($destination) && !mkdir($destination, 0775, true) && !is_dir($destination)) {
            throw new RuntimeException('Cannot create plan-set directory ' . $destination);
        }

        $zip = new ZipArchive();
        if ($zip->open($this->archivePath) !== true) {
            throw new RuntimeException('Plan set is not a readable zip archive');
        }

        $sheets = [];
        for ($i = 0; $i < $zip->numFiles; $i++) {
            $entry = $zip->getNameIndex($i);
            if ($entry === false || str_ends_with($entry, '/') || str_starts_with(basename($entry), '.')) {
                continue;
            }

            if (str_starts_with($entry, '__MACOSX/')) {
                continue;
            }

            $target = $destination . '/' . $entry;
            if (!is_dir(dirname($target))) {
                mkdir(dirname($target), 0775, true);
            }

            file_put_contents($target, $zip->getFromIndex($i)); // VULN zipslip

            if (in_array(strtolower(pathinfo($entry, PATHINFO_EXTENSION)), self::SHEET_EXTENSIONS, true)) {
                $sheets[] = $entry;
            }
        }

        $zip->close();
        @unlink($this->archivePath);

        DB::table('plan_sets')->insert([
            'permit_application_id' => $permit->id,
            'sheet_count' => count($sheets),
            'sheets' => json_encode($sheets),
            'created_at' => now(),
            'updated_at' => now(),
        ]);

        Log::info('Plan set imported', ['permit' => $permit->id, 'sheets' => count($sheets)]);
    }
}
