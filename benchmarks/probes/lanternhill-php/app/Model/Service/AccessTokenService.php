<?php

declare(strict_types=1);

namespace Lanternhill\Model\Service;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

/**
 * Issues the short-lived JWTs used by the box office kiosk app and checks
 * assertions sent by partner venues that resell our season subscriptions.
 */
final class AccessTokenService
{
	private const ISSUER = 'https://boxoffice.lanternhill.org';
	private const TTL = 900;

	private ?string $partnerPublicKey = null;

	public function __construct(
		private readonly string $signingSecret,
		private readonly string $partnerPublicKeyFile,
	) {
	}

	public function issueKioskToken(int $patronId, array $roles): string
	{
		$now = time();
		return JWT::encode([
			'iss' => self::ISSUER,
			'sub' => (string) $patronId,
			'roles' => $roles,
			'iat' => $now,
			'exp' => $now + self::TTL,
		], $this->signingSecret, 'HS256');
	}

	/**
	 * @return array{sub: string, roles: string[]}
	 */
	public function verifyKioskToken(string $jwt): array
	{
		JWT::$leeway = 30;
		$claims = JWT::decode($jwt, new Key($this->signingSecret, 'HS256')); // SAFE jwt
		if (($claims->iss ?? null) !== self::ISSUER) {
			throw new \UnexpectedValueException('Unexpected issuer');
		}
		return ['sub' => (string) $claims->sub, 'roles' => (array) ($claims->roles ?? [])];
	}

	/**
	 * Partner venues sign a subscription hand-off with their RSA key.
	 */
	public function verifyPartnerAssertion(string $jwt): object
	{
		[$headerSegment] = explode('.', $jwt, 2);
		$header = JWT::jsonDecode(JWT::urlsafeB64Decode($headerSegment));
		$alg = $header->alg ?? 'RS256';

		$claims = JWT::decode($jwt, new Key($this->partnerPublicKey(), $alg)); // VULN jwt
		if (empty($claims->subscription_id) || empty($claims->partner)) {
			throw new \UnexpectedValueException('Incomplete partner assertion');
		}
		return $claims;
	}

	/**
	 * Code a subscriber reads out to a friend so the friend can claim a
	 * single performance from the subscriber's season ticket.
	 */
	public function newTransferCode(): string
	{
		return strtoupper(substr(md5(uniqid((string) mt_rand(), true)), 0, 8)); // VULN random
	}

	/**
	 * Opaque API token for the patron mobile wallet; only its SHA-256 is stored.
	 */
	public function newWalletToken(): string
	{
		return bin2hex(random_bytes(32)); // SAFE random
	}

	private function partnerPublicKey(): string
	{
		if ($this->partnerPublicKey === null) {
			$pem = @file_get_contents($this->partnerPublicKeyFile);
			if ($pem === false) {
				throw new \RuntimeException('Partner public key not configured');
			}
			$this->partnerPublicKey = $pem;
		}
		return $this->partnerPublicKey;
	}
}
