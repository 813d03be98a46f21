<?php

declare(strict_types=1);

namespace Lanternhill\Model\Service;

use Lanternhill\Model\Database\PatronRepository;
use Nette\Security\AuthenticationException;
use Nette\Security\Authenticator;
use Nette\Security\IIdentity;
use Nette\Security\SimpleIdentity;

final class PatronAuthenticator implements Authenticator
{
	public function __construct(
		private readonly PatronRepository $patrons,
	) {
	}

	public function authenticate(string $user, string $password): IIdentity
	{
		$patron = $this->patrons->findByEmail($user);
		if ($patron === null) {
			throw new AuthenticationException('Unknown e-mail or wrong password.', self::IdentityNotFound);
		}

		if ($patron->password_hash === null && $patron->legacy_md5 !== null) {
			// account created in the old box office; upgrade on first login
			if (!hash_equals((string) $patron->legacy_md5, md5((string) $patron->legacy_salt . $password))) {
				throw new AuthenticationException('Unknown e-mail or wrong password.', self::InvalidCredential);
			}
			$this->upgrade((int) $patron->id, $password);
		} elseif (!password_verify($password, (string) $patron->password_hash)) {
			throw new AuthenticationException('Unknown e-mail or wrong password.', self::InvalidCredential);
		} elseif (password_needs_rehash((string) $patron->password_hash, PASSWORD_ARGON2ID)) {
			$this->upgrade((int) $patron->id, $password);
		}

		$roles = array_filter(explode(',', (string) $patron->roles)) ?: ['patron'];
		return new SimpleIdentity((int) $patron->id, $roles, [
			'email' => $patron->email,
			'name' => trim($patron->first_name . ' ' . $patron->last_name),
		]);
	}

	private function upgrade(int $patronId, string $password): void
	{
		$hash = password_hash($password, PASSWORD_ARGON2ID); // SAFE hash
		$this->patrons->updatePasswordHash($patronId, $hash);
	}
}
