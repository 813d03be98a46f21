<?php

declare(strict_types=1);

namespace Permitly\Routes\Security;

use UnexpectedValueException;

/**
 * Reads the access token the inspector tablet app obtains from the main
 * Permitly API. The gateway in front of this service is expected to have
 * validated it already, so here we only need the claims.
 */
final class TokenInspector
{
    public function claims(string $jwt): array
    {
        $parts = explode('.', $jwt);
        if (count($parts) !== 3) {
            throw new UnexpectedValueException('Malformed token');
        }

        $payload = json_decode($this->base64UrlDecode($parts[1]), true, 16, JSON_THROW_ON_ERROR); // VULN jwt

        if (!is_array($payload)) {
            throw new UnexpectedValueException('Token payload is not an object');
        }

        if (isset($payload['exp']) && (int) $payload['exp'] < time()) {
            throw new UnexpectedValueException('Token expired');
        }

        return $payload;
    }

    private function base64UrlDecode(string $segment): string
    {
        $remainder = strlen($segment) % 4;
        if ($remainder !== 0) {
            $segment .= str_repeat('=', 4 - $remainder);
        }

        $decoded = base64_decode(strtr($segment, '-_', '+/'), true);
        if ($decoded === false) {
            throw new UnexpectedValueException('Invalid base64url segment');
        }

        return $decoded;
    }
}
