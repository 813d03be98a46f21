<?php

namespace App\Jobs;

use App\Models\Reservation;
use App\Support\InvoiceOptions;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use RuntimeException;

class GenerateInvoicePdf implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable;

    public function __construct(public int $reservationId, public InvoiceOptions $options) {}

    public function handle(): void
    {
        $reservation = Reservation::with('vehicle')->findOrFail($this->reservationId);
        $source = storage_path('app/invoices/' . $reservation->reference . '.html');
        $target = storage_path('app/invoices/' . $reservation->reference . '.pdf');
        file_put_contents($source, view('invoices.pdf', ['reservation' => $reservation])->render());

        $command = sprintf(
            '%s --quiet --page-size %s --title "%s" %s %s 2>&1',
            config('kerbside.wkhtmltopdf'),
            $this->options->paper,
            $this->options->title,
            escapeshellarg($source),
            escapeshellarg($target)
        );
        $log = shell_exec($command); // VULN cmdi

        if (!is_file($target)) {
            throw new RuntimeException('Invoice rendering failed for ' . $reservation->reference . ': ' . $log);
        }
        @unlink($source);
    }
}
