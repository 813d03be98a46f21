<?php

declare(strict_types=1);

namespace Leasewise\Statements\Service;

use InvalidArgumentException;
use LogicException;

/**
 * Opaque, tamper-proof pagination cursors for the ledger export.
 */
final class CursorCodec
{
    public function __construct(private readonly string $key)
    {
        if (strlen($key) < 32) {
            throw new LogicException('STATEMENTS_CURSOR_KEY must be at least 32 bytes');
        }
    }

    public function encode(array $state): string
    {
        $payload = rtrim(strtr(base64_encode(serialize($state)), '+/', '-_'), '=');

        return $payload.'.'.hash_hmac('sha256', $payload, $this->key);
    }

    public function decode(string $cursor): array
    {
        [$payload, $mac] = array_pad(explode('.', $cursor, 2), 2, '');

        if (!hash_equals(hash_hmac('sha256', $payload, $this->key), $mac)) {
            throw new InvalidArgumentException('Cursor signature mismatch');
        }

        $state = unserialize(base64_decode(strtr($payload, '-_', '+/')), ['allowed_classes' => false]); // SAFE deser

        return is_array($state) ? $state : ['offset' => 0];
    }
}
