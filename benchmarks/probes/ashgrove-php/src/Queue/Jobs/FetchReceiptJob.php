<?php

declare(strict_types=1);

namespace Ashgrove\Queue\Jobs;

use Ashgrove\Bootstrap\Services;
use Illuminate\Database\Capsule\Manager as DB;

/**
 * Stores a copy of the ParishPay receipt against the booking.
 */
final class FetchReceiptJob
{
    public function __construct(private readonly Services $services)
    {
    }

    public function handle(array $payload): void
    {
        $reference = (string) ($payload['reference'] ?? '');
        $receiptUrl = (string) ($payload['receipt_url'] ?? '');
        if ($reference === '' || $receiptUrl === '') {
            return;
        }

        $pdf = $this->services->payments()->fetchReceipt($receiptUrl);

        $dir = $this->services->config('storage')['reports'] . '/receipts';
        $file = $dir . '/' . preg_replace('/[^A-Z0-9-]/', '', strtoupper($reference)) . '.pdf';
        file_put_contents($file, $pdf);

        DB::table('bookings')->where('reference', $reference)->update([
            'receipt_path' => $file,
            'paid_at' => date('Y-m-d H:i:s'),
        ]);
    }
}
