<?php

declare(strict_types=1);

namespace Lanternhill\Model\Database;

use Nette\Database\Explorer;
use Nette\Database\Table\ActiveRow;

final class PatronRepository
{
	public function __construct(
		private readonly Explorer $db,
	) {
	}

	public function findByEmail(string $email): ?ActiveRow
	{
		return $this->db->table('patron')->where('email', mb_strtolower($email))->fetch();
	}

	public function updatePasswordHash(int $patronId, string $hash): void
	{
		$this->db->table('patron')->where('id', $patronId)->update([
			'password_hash' => $hash,
			'legacy_md5' => null,
		]);
	}

	public function get(int $patronId): ?ActiveRow
	{
		return $this->db->table('patron')->get($patronId);
	}

	public function updateContact(int $patronId, string $firstName, string $lastName, ?string $phone, ?string $website): void
	{
		$this->db->table('patron')->where('id', $patronId)->update([
			'first_name' => $firstName,
			'last_name' => $lastName,
			'phone' => $phone,
			'website' => $website,
		]);
	}

	public function recordLogin(int $patronId, string $ip): void
	{
		$this->db->table('patron_login')->insert([
			'patron_id' => $patronId,
			'ip' => $ip,
			'logged_in_at' => new \DateTimeImmutable(),
		]);
	}

	public function storeApiToken(int $patronId, string $tokenHash, \DateTimeImmutable $expires): void
	{
		$this->db->table('patron_api_token')->insert([
			'patron_id' => $patronId,
			'token_sha256' => $tokenHash,
			'expires_at' => $expires,
		]);
	}
}
