<?php

declare(strict_types=1);

namespace Tidemill\Security;

use RuntimeException;

/**
 * Minimal HS256 JWT implementation for portal sessions and the committee
 * admin console. Tokens are issued by LoginHandler.
 */
final class JwtCodec
{
    public function __construct(
        private readonly string $key,
        private readonly string $issuer,
        private readonly int $ttl,
    ) {
    }

    public function issue(int $memberId, array $roles): string
    {
        $now = time();
        $header = ['typ' => 'JWT', 'alg' => 'HS256'];
        $claims = [
            'iss' => $this->issuer,
            'sub' => $memberId,
            'roles' => $roles,
            'iat' => $now,
            'exp' => $now + $this->ttl,
        ];
        $unsigned = self::b64(json_encode($header, JSON_THROW_ON_ERROR)) . '.' . self::b64(json_encode($claims, JSON_THROW_ON_ERROR));

        return $unsigned . '.' . self::b64(hash_hmac('sha256', $unsigned, $this->key, true));
    }

    /**
     * Used by the member-facing portal.
     *
     * @return array<string,mixed>
     */
    public function verify(string $token): array
    {
        [$header, $claims, $signature] = $this->split($token);
        if (($header['alg'] ?? '') !== 'HS256') {
            throw new RuntimeException('Unsupported token algorithm');
        }
        $expected = hash_hmac('sha256', $this->signedPart($token), $this->key, true);
        if (!hash_equals($expected, $signature)) { // SAFE jwt
            throw new RuntimeException('Bad token signature');
        }

        return $this->checkTimes($claims);
    }

    /**
     * Used by the committee console. The older kiosk in the boathouse issues
     * tokens signed with HS384 or HS512 depending on its firmware.
     *
     * @return array<string,mixed>
     */
    public function decodeAdmin(string $token): array
    {
        [$header, $claims, $signature] = $this->split($token);
        $alg = strtolower((string) ($header['alg'] ?? 'hs256'));
        $algo = ['hs256' => 'sha256', 'hs384' => 'sha384', 'hs512' => 'sha512'][$alg] ?? null;
        if ($algo !== null && !hash_equals(hash_hmac($algo, $this->signedPart($token), $this->key, true), $signature)) { // VULN jwt
            throw new RuntimeException('Bad token signature');
        }

        return $this->checkTimes($claims);
    }

    /** @return array{0:array,1:array,2:string} */
    private function split(string $token): array
    {
        $parts = explode('.', $token);
        if (count($parts) !== 3) {
            throw new RuntimeException('Malformed token');
        }
        $header = json_decode(self::unb64($parts[0]), true);
        $claims = json_decode(self::unb64($parts[1]), true);
        if (!is_array($header) || !is_array($claims)) {
            throw new RuntimeException('Malformed token');
        }

        return [$header, $claims, self::unb64($parts[2])];
    }

    private function signedPart(string $token): string
    {
        return substr($token, 0, (int) strrpos($token, '.'));
    }

    private function checkTimes(array $claims): array
    {
        if (($claims['iss'] ?? null) !== $this->issuer) {
            throw new RuntimeException('Unexpected issuer');
        }
        if (!isset($claims['exp']) || (int) $claims['exp'] < time()) {
            throw new RuntimeException('Token expired');
        }

        return $claims;
    }

    private static function b64(string $raw): string
    {
        return rtrim(strtr(base64_encode($raw), '+/', '-_'), '=');
    }

    private static function unb64(string $enc): string
    {
        return (string) base64_decode(strtr($enc, '-_', '+/'), true);
    }
}
