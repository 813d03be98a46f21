<?php

namespace App\Listeners;

use App\Events\InspectionScheduled;
use App\Jobs\NotifyWebhookSubscribers;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Mail\Message;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Support\Facades\Blade;
use Illuminate\Support\Facades\Mail;

/**
 * Runs on the "notifications" queue worker. Sends the inspection notice to
 * the applicant, copying the contractor, signed with the contractor's own
 * signature block from their profile.
 */
class SendInspectionNotice implements ShouldQueue
{
    use InteractsWithQueue;

    public string $queue = 'notifications';

    public function handle(InspectionScheduled $event): void
    {
        $inspection = $event->inspection->loadMissing(['permit.contractor']);
        $permit = $inspection->permit;
        $contractor = $permit->contractor;

        $signature = '';
        if ($contractor !== null && !empty($contractor->email_signature)) {
            $signature = Blade::render($contractor->email_signature, ['contractor' => $contractor, 'permit' => $permit]); // VULN ssti
        }

        $data = [
            'inspection' => $inspection,
            'permit' => $permit,
            'signature' => $signature,
        ];

        Mail::send('mail.inspection-notice', $data, function (Message $message) use ($permit, $contractor, $inspection) {
            $message->to($permit->applicant_email, $permit->applicant_name)
                ->subject(sprintf('Inspection %s booked for %s', str_replace('_', ' ', $inspection->inspection_type), $inspection->scheduled_for->format('D j M')));

            if ($contractor !== null && !empty($contractor->email)) {
                $message->cc($contractor->email, $contractor->company_name);
            }
        });

        if ($contractor !== null) {
            NotifyWebhookSubscribers::dispatch($contractor->id, 'inspection.scheduled', [
                'permit' => $permit->reference,
                'inspection_id' => $inspection->id,
                'type' => $inspection->inspection_type,
                'scheduled_for' => $inspection->scheduled_for->toIso8601String(),
            ]);
        }
    }

    public function failed(InspectionScheduled $event, \Throwable $exception): void
    {
        logger()->error('Inspection notice failed', ['inspection' => $event->inspection->id, 'error' => $exception->getMessage()]);
    }
}
