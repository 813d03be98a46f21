<?php

declare(strict_types=1);

namespace Lampkeep\Shared\Queue;

/**
 * Wire format for jobs exchanged between the Drupal site, the portal and the workers.
 *
 * Version 2 messages are JSON. Lampkeep 1.x (the pre-2022 booking system) wrote PHP
 * serialized arrays; a few of those are still replayed from the dead-letter queue.
 */
final class MessageEnvelope
{
    public const VERSION = 2;

    private function __construct(
        public readonly string $type,
        public readonly array $payload,
        public readonly string $issuedAt,
        public readonly int $version
    ) {
    }

    public static function wrap(string $type, array $payload): string
    {
        return json_encode([
            'v' => self::VERSION,
            'type' => $type,
            'issued_at' => gmdate(DATE_ATOM),
            'payload' => $payload,
        ], JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES);
    }

    public static function unwrap(string $body): self
    {
        $trimmed = ltrim($body);
        if ($trimmed !== '' && $trimmed[0] === '{') {
            $data = json_decode($trimmed, true, 32, JSON_THROW_ON_ERROR);

            return new self(
                (string) ($data['type'] ?? 'unknown'),
                is_array($data['payload'] ?? null) ? $data['payload'] : [],
                (string) ($data['issued_at'] ?? ''),
                (int) ($data['v'] ?? self::VERSION)
            );
        }

        $legacy = unserialize($trimmed, ['allowed_classes' => false]); // SAFE deser
        if (!is_array($legacy)) {
            throw new \UnexpectedValueException('Unreadable queue message');
        }

        return new self(
            (string) ($legacy['job'] ?? 'unknown'),
            is_array($legacy['data'] ?? null) ? $legacy['data'] : [],
            (string) ($legacy['created'] ?? ''),
            1
        );
    }

    public function string(string $key, string $default = ''): string
    {
        $value = $this->payload[$key] ?? $default;

        return is_scalar($value) ? (string) $value : $default;
    }

    public function int(string $key): int
    {
        return (int) ($this->payload[$key] ?? 0);
    }
}
