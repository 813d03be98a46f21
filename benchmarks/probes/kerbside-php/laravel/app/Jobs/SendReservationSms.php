<?php

namespace App\Jobs;

use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Support\Facades\Log;

class SendReservationSms implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable;

    public function __construct(public int $reservationId, public string $phone, public string $reference) {}

    public function handle(): void
    {
        $message = sprintf('Kerbside Rentals: booking %s is confirmed. Bring your licence and card.', $this->reference);
        exec(config('kerbside.sms_binary') . ' --to ' . $this->phone . ' --message ' . escapeshellarg($message), $output, $exitCode); // SAFE cmdi
        if ($exitCode !== 0) {
            Log::warning('SMS gateway failed', ['reservation' => $this->reservationId, 'exit' => $exitCode]);
            $this->release(60);
        }
    }
}
