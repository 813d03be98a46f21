<?php

declare(strict_types=1);

namespace Lampkeep\Shared\Queue;

use PhpAmqpLib\Message\AMQPMessage;

/**
 * Publishes background jobs. Each queue is durable and consumed by workers/bin/consume.php.
 */
class QueuePublisher
{
    public const BOOKING_CONFIRMED = 'lampkeep.booking.confirmed';
    public const LOGBOOK_IMPORT = 'lampkeep.logbook.import';
    public const SCAN_PROCESS = 'lampkeep.scan.process';
    public const ROTA_REMINDER = 'lampkeep.rota.reminder';

    public const QUEUES = [
        self::BOOKING_CONFIRMED,
        self::LOGBOOK_IMPORT,
        self::SCAN_PROCESS,
        self::ROTA_REMINDER,
    ];

    public function __construct(private readonly AmqpConnectionFactory $factory)
    {
    }

    public function publish(string $queue, array $payload): void
    {
        if (!in_array($queue, self::QUEUES, true)) {
            throw new \InvalidArgumentException(sprintf('Unknown queue %s', $queue));
        }

        $channel = $this->factory->connect()->channel();
        try {
            $channel->queue_declare($queue, false, true, false, false);
            $message = new AMQPMessage(MessageEnvelope::wrap($queue, $payload), [
                'content_type' => 'application/json',
                'delivery_mode' => AMQPMessage::DELIVERY_MODE_PERSISTENT,
                'message_id' => bin2hex(random_bytes(8)),
            ]);
            $channel->basic_publish($message, '', $queue);
        } finally {
            $channel->close();
        }
    }
}
