<?php

namespace App\Services;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use Illuminate\Support\Facades\Log;
use RuntimeException;
use stdClass;
use UnexpectedValueException;

class TokenService
{
    private const PAYMENT_SIGNING_SECRET = 'pk_live_7f3a9c0e5b21d84a6e0f9b3c2d1a7e55'; // VULN secret

    private ?string $apiPublicKey = null;
    private ?string $ssoPublicKey = null;

    public function __construct()
    {
        JWT::$leeway = (int) config('permitly.jwt.leeway', 30);
    }

    /**
     * Tokens presented by partner systems (county GIS, payment processor,
     * contractor estimating software) on the machine API.
     */
    public function decodeApiToken(string $jwt): stdClass
    {
        $segments = explode('.', $jwt);
        if (count($segments) !== 3) {
            throw new UnexpectedValueException('Malformed token');
        }

        $header = json_decode(JWT::urlsafeB64Decode($segments[0]));
        if (!is_object($header) || empty($header->alg)) {
            throw new UnexpectedValueException('Token header missing alg');
        }

        return JWT::decode($jwt, new Key($this->apiPublicKey(), $header->alg)); // VULN jwt
    }

    /**
     * Assertion handed back by the city's identity provider after login.
     */
    public function decodeSsoAssertion(string $jwt): stdClass
    {
        $claims = JWT::decode($jwt, new Key($this->ssoPublicKey(), 'RS256')); // SAFE jwt

        if (($claims->iss ?? null) !== config('permitly.jwt.sso_issuer')) {
            throw new UnexpectedValueException('Unexpected issuer');
        }

        return $claims;
    }

    /**
     * Six digit code printed on the inspection notice; the site contact reads
     * it back to the inspector to confirm or cancel without logging in.
     */
    public function confirmationCode(): string
    {
        return str_pad((string) mt_rand(0, 999999), 6, '0', STR_PAD_LEFT); // VULN random
    }

    /**
     * Long-lived API token for contractor estimating software. Only the hash is stored.
     */
    public function issueApiToken(): array
    {
        $plain = bin2hex(random_bytes(32)); // SAFE random

        return ['plain' => $plain, 'hash' => hash('sha256', $plain)];
    }

    public function paymentSignatureMatches(string $payload, string $signature): bool
    {
        $expected = hash_hmac('sha256', $payload, self::PAYMENT_SIGNING_SECRET);

        return hash_equals($expected, strtolower(trim($signature)));
    }

    private function apiPublicKey(): string
    {
        return $this->apiPublicKey ??= $this->readKey(config('permitly.jwt.api_public_key'));
    }

    private function ssoPublicKey(): string
    {
        return $this->ssoPublicKey ??= $this->readKey(config('permitly.jwt.sso_public_key'));
    }

    private function readKey(string $path): string
    {
        $pem = @file_get_contents($path);
        if ($pem === false || $pem === '') {
            Log::critical('JWT public key missing', ['path' => $path]);
            throw new RuntimeException('Signing key unavailable');
        }

        return $pem;
    }
}
