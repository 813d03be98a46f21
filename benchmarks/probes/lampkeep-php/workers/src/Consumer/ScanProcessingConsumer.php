<?php

declare(strict_types=1);

namespace Lampkeep\Worker\Consumer;

use Lampkeep\Shared\Queue\MessageEnvelope;
use Lampkeep\Worker\Media\ScanProcessor;
use Medoo\Medoo;
use PhpAmqpLib\Message\AMQPMessage;

/**
 * Turns an uploaded page scan into the web derivative and thumbnail and
 * attaches it to its log entry.
 */
final class ScanProcessingConsumer
{
    public function __construct(
        private readonly Medoo $db,
        private readonly ScanProcessor $processor
    ) {
    }

    public function handle(AMQPMessage $message): void
    {
        $envelope = MessageEnvelope::unwrap($message->getBody());
        $source = $envelope->string('source');
        $entryId = $envelope->int('entry_id');

        try {
            $entry = $this->db->get('lampkeep_log_entry', ['id', 'station', 'logged_on'], ['id' => $entryId]);
            if (!is_array($entry)) {
                throw new \RuntimeException(sprintf('Log entry %d does not exist', $entryId));
            }

            $relative = $this->processor->process(
                $source,
                $entryId,
                (string) $entry['station'],
                substr((string) $entry['logged_on'], 0, 4),
                $envelope->string('caption')
            );

            $this->db->update('lampkeep_log_entry', ['scan_file' => $relative, 'changed' => time()], ['id' => $entryId]);
            @unlink($source);
            $message->ack();
        } catch (\Throwable $e) {
            error_log(sprintf('[scan-process] entry %d: %s', $entryId, $e->getMessage()));
            $message->nack(false);
        }
    }
}
