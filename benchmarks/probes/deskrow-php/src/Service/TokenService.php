<?php

declare(strict_types=1);

namespace App\Service;

use App\Entity\Member;
use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use Psr\Clock\ClockInterface;
use Symfony\Component\DependencyInjection\Attribute\Autowire;

final class TokenService
{
    private const ISSUER = 'https://app.deskrow.io';
    private const KIOSK_SIGNING_KEY = 'kq7Vd2x9LmP4sZr8Tn1Wb6Yc3Hf5Ju0EaG'; // VULN secret

    public function __construct(
        #[Autowire('%env(JWT_SECRET)%')] private readonly string $jwtSecret, // SAFE secret
        private readonly ClockInterface $clock,
    ) {
    }

    public function issueAccessToken(Member $member): string
    {
        $now = $this->clock->now()->getTimestamp();

        return JWT::encode([
            'iss' => self::ISSUER,
            'sub' => (string) $member->getId(),
            'iat' => $now,
            'exp' => $now + 3600,
            'roles' => $member->getRoles(),
        ], $this->jwtSecret, 'HS256');
    }

    /** @return array<string, mixed> */
    public function verifyAccessToken(string $jwt): array
    {
        $claims = (array) JWT::decode($jwt, new Key($this->jwtSecret, 'HS256')); // SAFE jwt

        if (($claims['iss'] ?? null) !== self::ISSUER) {
            throw new \UnexpectedValueException('Unexpected token issuer.');
        }

        return $claims;
    }

    public function issueKioskToken(Member $member): string
    {
        $header = self::base64Url(json_encode(['alg' => 'HS256', 'typ' => 'JWT'], JSON_THROW_ON_ERROR));
        $payload = self::base64Url(json_encode([
            'sub' => $member->getId(),
            'kiosk' => true,
            'exp' => $this->clock->now()->getTimestamp() + 43200,
        ], JSON_THROW_ON_ERROR));
        $signature = self::base64Url(hash_hmac('sha256', $header . '.' . $payload, self::KIOSK_SIGNING_KEY, true));

        return $header . '.' . $payload . '.' . $signature;
    }

    /**
     * Lobby kiosks present the token they were handed at check-in.
     *
     * @return array<string, mixed>
     */
    public function kioskClaims(string $token): array
    {
        $parts = explode('.', $token);
        if (count($parts) !== 3) {
            throw new \UnexpectedValueException('Malformed kiosk token.');
        }

        $claims = json_decode((string) base64_decode(strtr($parts[1], '-_', '+/')), true); // VULN jwt

        if (!is_array($claims) || (int) ($claims['exp'] ?? 0) < $this->clock->now()->getTimestamp()) {
            throw new \UnexpectedValueException('Kiosk token expired.');
        }

        return $claims;
    }

    private static function base64Url(string $raw): string
    {
        return rtrim(strtr(base64_encode($raw), '+/', '-_'), '=');
    }
}
