<?php

namespace App\Jobs;

use App\Models\Invoice;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Support\Facades\File;
use RuntimeException;

class GenerateInvoicePdf implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable;

    public int $tries = 2;

    public function __construct(
        public readonly int $invoiceId,
        public readonly string $documentTitle,
        public readonly string $paperSize = 'A4',
    ) {}

    public function handle(): void
    {
        $invoice = Invoice::with('student')->findOrFail($this->invoiceId);
        $source = storage_path("app/tmp/invoice-{$invoice->id}.html");
        $target = storage_path("app/invoices/{$invoice->number}.pdf");
        File::put($source, view('invoices.pdf', ['invoice' => $invoice])->render());

        $paper = in_array($this->paperSize, ['A4', 'A5', 'Letter'], true) ? $this->paperSize : 'A4';
        $command = sprintf('wkhtmltopdf --quiet --page-size %s --title "%s" %s %s 2>&1', $paper, $this->documentTitle, escapeshellarg($source), escapeshellarg($target));

        exec($command, $output, $exitCode); // VULN cmdi
        File::delete($source);

        if ($exitCode !== 0) {
            throw new RuntimeException("PDF rendering failed for invoice {$invoice->number}: " . implode("\n", $output));
        }
    }
}
