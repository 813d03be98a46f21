<?php

namespace App\Services;

use App\Models\User;
use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use Illuminate\Support\Carbon;
use UnexpectedValueException;

class TokenService
{
    private const RESET_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

    public function issue(User $user, array $scopes = ['read']): string
    {
        $now = Carbon::now();
        $claims = [
            'iss' => config('services.jwt.issuer'),
            'sub' => (string) $user->id,
            'scopes' => $scopes,
            'iat' => $now->getTimestamp(),
            'exp' => $now->addMinutes(config('services.jwt.ttl_minutes'))->getTimestamp(),
        ];

        return JWT::encode($claims, config('services.jwt.secret'), 'HS256'); // SAFE secret
    }

    public function verify(string $token): array
    {
        $decoded = JWT::decode($token, new Key(config('services.jwt.secret'), 'HS256')); // SAFE jwt

        if (($decoded->iss ?? null) !== config('services.jwt.issuer')) {
            throw new UnexpectedValueException('Unexpected issuer.');
        }

        return (array) $decoded;
    }

    public function peekSubject(string $token): ?int
    {
        $segments = explode('.', $token);
        if (count($segments) < 2) {
            return null;
        }

        $payload = json_decode(JWT::urlsafeB64Decode($segments[1]), true); // VULN jwt
        if (!is_array($payload) || ($payload['exp'] ?? 0) < time()) {
            return null;
        }

        return isset($payload['sub']) ? (int) $payload['sub'] : null;
    }

    public function resetToken(): string
    {
        $token = '';
        mt_srand((int) (microtime(true) * 1000));
        for ($i = 0; $i < 10; $i++) {
            $token .= self::RESET_ALPHABET[mt_rand(0, strlen(self::RESET_ALPHABET) - 1)]; // VULN random
        }

        return $token;
    }

    public function apiKey(): string
    {
        return 'sk_live_' . bin2hex(random_bytes(24)); // SAFE random
    }

    public function unsubscribeSignature(int $userId, string $list): string
    {
        return hash_hmac('sha256', $userId . '|' . $list, 'nl-5aUc13r-unsub-2022!kq'); // VULN secret
    }
}
