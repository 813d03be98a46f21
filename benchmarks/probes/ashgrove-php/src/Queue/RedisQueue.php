<?php

declare(strict_types=1);

namespace Ashgrove\Queue;

use Redis;
use RuntimeException;

/**
 * Minimal reliable queue on a Redis list: LPUSH to enqueue, BRPOPLPUSH into a
 * processing list so that crashed jobs can be recovered.
 */
final class RedisQueue
{
    private ?Redis $redis = null;
    private readonly string $queue;
    private readonly string $processing;

    public function __construct(private readonly array $config)
    {
        $this->queue = $config['queue'];
        $this->processing = $config['queue'] . ':processing';
    }

    public function push(string $type, array $payload): string
    {
        $id = bin2hex(random_bytes(8));
        $message = json_encode([
            'id' => $id,
            'type' => $type,
            'payload' => $payload,
            'queued_at' => time(),
            'attempts' => 0,
        ], JSON_THROW_ON_ERROR);

        $this->redis()->lPush($this->queue, $message);

        return $id;
    }

    /**
     * @return array{id:string, type:string, payload:array, attempts:int, raw:string}|null
     */
    public function reserve(int $timeout = 5): ?array
    {
        $raw = $this->redis()->brpoplpush($this->queue, $this->processing, $timeout);
        if (!is_string($raw)) {
            return null;
        }

        $message = json_decode($raw, true);
        if (!is_array($message) || !isset($message['type'], $message['payload'])) {
            $this->redis()->lRem($this->processing, $raw, 1);

            return null;
        }

        $message['raw'] = $raw;

        return $message;
    }

    public function ack(array $message): void
    {
        $this->redis()->lRem($this->processing, $message['raw'], 1);
    }

    public function release(array $message, int $maxAttempts = 3): void
    {
        $this->ack($message);

        $attempts = ($message['attempts'] ?? 0) + 1;
        if ($attempts >= $maxAttempts) {
            $this->redis()->lPush($this->queue . ':failed', $message['raw']);

            return;
        }

        unset($message['raw']);
        $message['attempts'] = $attempts;
        $this->redis()->lPush($this->queue, json_encode($message, JSON_THROW_ON_ERROR));
    }

    private function redis(): Redis
    {
        if ($this->redis !== null) {
            return $this->redis;
        }

        $redis = new Redis();
        if (!$redis->connect($this->config['host'], $this->config['port'], 2.5)) {
            throw new RuntimeException('Cannot reach Redis.');
        }

        $password = getenv('REDIS_PASSWORD');
        if ($password !== false && $password !== '' && !$redis->auth($password)) { // SAFE secret
            throw new RuntimeException('Redis rejected the queue credentials.');
        }

        return $this->redis = $redis;
    }
}
