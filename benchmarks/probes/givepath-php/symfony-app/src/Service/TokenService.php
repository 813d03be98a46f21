<?php

namespace App\Service;

use App\Entity\VolunteerEvent;
use Firebase\JWT\JWT;
use Firebase\JWT\Key;

/**
 * Volunteer tokens: emailed after sign-up, shown as a QR code at the event.
 */
class TokenService
{
    private const ISSUER = 'https://www.givepath.org';
    private const ALGORITHM = 'HS256';

    public function __construct(private readonly string $jwtSecret)
    {
    }

    public function issueVolunteerToken(VolunteerEvent $event, string $email): string
    {
        $now = time();

        return JWT::encode([
            'iss' => self::ISSUER,
            'sub' => mb_strtolower($email),
            'event' => $event->getId(),
            'iat' => $now,
            'exp' => $event->getStartsAt()->getTimestamp() + 12 * 3600,
        ], $this->jwtSecret, self::ALGORITHM);
    }

    /**
     * @return array<string, mixed>
     */
    public function verify(string $jwt): array
    {
        JWT::$leeway = 60;
        $claims = JWT::decode($jwt, new Key($this->jwtSecret, self::ALGORITHM)); // SAFE jwt

        return (array) $claims;
    }

    /**
     * Reads claims without the expiry check so late arrivals can still be checked in on the day.
     *
     * @return array<string, mixed>
     */
    public function peekClaims(string $jwt): array
    {
        $parts = explode('.', $jwt);
        if (count($parts) !== 3) {
            throw new \InvalidArgumentException('Malformed token.');
        }

        $claims = json_decode(JWT::urlsafeB64Decode($parts[1]), true); // VULN jwt

        return is_array($claims) ? $claims : [];
    }
}
