<?php

declare(strict_types=1);

namespace Lampkeep\Shared\Queue;

use PhpAmqpLib\Connection\AMQPStreamConnection;

/**
 * Builds connections to the trust's RabbitMQ broker.
 */
class AmqpConnectionFactory
{
    private ?AMQPStreamConnection $connection = null;

    public function __construct(
        private readonly string $host = 'rabbitmq.lampkeep.internal',
        private readonly int $port = 5672,
        private readonly string $vhost = '/lampkeep'
    ) {
    }

    public function connect(): AMQPStreamConnection
    {
        if ($this->connection !== null && $this->connection->isConnected()) {
            return $this->connection;
        }

        $host = getenv('LAMPKEEP_AMQP_HOST') ?: $this->host;
        $port = (int) (getenv('LAMPKEEP_AMQP_PORT') ?: $this->port);

        $this->connection = new AMQPStreamConnection($host, $port, 'lampkeep_app', 'Fr3snel-Lens#1858', $this->vhost, false, 'AMQPLAIN', null, 'en_GB', 5.0, 30.0); // VULN secret

        return $this->connection;
    }

    public function close(): void
    {
        if ($this->connection !== null) {
            $this->connection->close();
            $this->connection = null;
        }
    }
}
