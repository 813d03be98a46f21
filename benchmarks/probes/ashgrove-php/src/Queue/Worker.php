<?php

declare(strict_types=1);

namespace Ashgrove\Queue;

use Ashgrove\Queue\Jobs\FetchReceiptJob;
use Ashgrove\Queue\Jobs\RenderInvoiceJob;
use Ashgrove\Queue\Jobs\SendReminderJob;
use Ashgrove\Queue\Jobs\SyncCalendarJob;
use Ashgrove\Bootstrap\Services;
use Throwable;

final class Worker
{
    private bool $running = true;

    public function __construct(
        private readonly RedisQueue $queue,
        private readonly Services $services,
    ) {
    }

    public function run(int $maxJobs = 0): void
    {
        if (function_exists('pcntl_signal')) {
            pcntl_async_signals(true);
            pcntl_signal(SIGTERM, fn () => $this->running = false);
            pcntl_signal(SIGINT, fn () => $this->running = false);
        }

        $handled = 0;
        while ($this->running && ($maxJobs === 0 || $handled < $maxJobs)) {
            $message = $this->queue->reserve();
            if ($message === null) {
                continue;
            }

            $job = $this->jobFor($message['type']);
            if ($job === null) {
                error_log('Dropping unknown job type ' . $message['type']);
                $this->queue->ack($message);
                continue;
            }

            try {
                $job->handle($message['payload']);
                $this->queue->ack($message);
            } catch (Throwable $e) {
                error_log(sprintf('Job %s (%s) failed: %s', $message['id'] ?? '?', $message['type'], $e->getMessage()));
                $this->queue->release($message);
            }

            $handled++;
        }
    }

    /**
     * @return RenderInvoiceJob|SyncCalendarJob|SendReminderJob|FetchReceiptJob|null
     */
    private function jobFor(string $type): ?object
    {
        return match ($type) {
            'render_invoice' => new RenderInvoiceJob($this->services),
            'sync_calendar' => new SyncCalendarJob($this->services),
            'send_reminder' => new SendReminderJob($this->services),
            'fetch_receipt' => new FetchReceiptJob($this->services),
            default => null,
        };
    }
}
