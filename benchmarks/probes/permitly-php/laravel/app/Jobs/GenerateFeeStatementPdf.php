<?php

namespace App\Jobs;

use App\Models\FeeStatement;
use App\Services\PdfRenderer;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\SerializesModels;
use Illuminate\Support\Facades\Blade;
use Illuminate\Support\Facades\Log;

class GenerateFeeStatementPdf implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    public int $tries = 3;
    public int $timeout = 120;

    public function __construct(public FeeStatement $statement)
    {
    }

    public function handle(PdfRenderer $renderer): void
    {
        $statement = $this->statement->loadMissing(['permit', 'contractor']);

        $footer = Blade::render(config('permitly.fees.footer_template'), ['statement' => $statement]); // SAFE ssti

        $html = view('fees.statement-pdf', [
            'statement' => $statement,
            'lineItems' => $statement->line_items ?? [],
            'footer' => $footer,
        ])->render();

        $path = $renderer->renderStatement($statement, $html);

        $statement->pdf_path = $path;
        $statement->save();

        Log::info('Fee statement PDF generated', ['statement' => $statement->id, 'path' => $path]);
    }
}
