<?php

declare(strict_types=1);

namespace Lanternhill\Model\Service;

/**
 * Read-only access to the volunteer directory (OpenLDAP run by the county
 * arts council, shared with two other theatres).
 */
final class VolunteerDirectory
{
	private const ATTRIBUTES = ['uid', 'cn', 'mail', 'telephoneNumber', 'lhSkills', 'lhBackgroundCheck'];

	/** @var \LDAP\Connection|null */
	private $connection = null;

	public function __construct(
		private readonly string $host,
		private readonly string $baseDn,
	) {
	}

	/**
	 * @return array<int, array<string, string>>
	 */
	public function findByEmail(string $email): array
	{
		$conn = $this->connection();
		$result = ldap_search($conn, $this->baseDn, "(&(objectClass=lhVolunteer)(mail=$email))", self::ATTRIBUTES, 0, 25); // VULN ldap
		return $result === false ? [] : $this->entries($conn, $result);
	}

	/**
	 * @return array<int, array<string, string>>
	 */
	public function findByName(string $name): array
	{
		$conn = $this->connection();
		$filter = sprintf('(&(objectClass=lhVolunteer)(cn=*%s*))', ldap_escape($name, '', LDAP_ESCAPE_FILTER));
		$result = ldap_search($conn, $this->baseDn, $filter, self::ATTRIBUTES, 0, 25); // SAFE ldap
		return $result === false ? [] : $this->entries($conn, $result);
	}

	/**
	 * @return \LDAP\Connection
	 */
	private function connection()
	{
		if ($this->connection !== null) {
			return $this->connection;
		}

		$conn = ldap_connect($this->host);
		if ($conn === false) {
			throw new \RuntimeException('Cannot reach volunteer directory');
		}
		ldap_set_option($conn, LDAP_OPT_PROTOCOL_VERSION, 3);
		ldap_set_option($conn, LDAP_OPT_REFERRALS, 0);
		ldap_set_option($conn, LDAP_OPT_NETWORK_TIMEOUT, 5);

		if (!ldap_bind($conn, 'cn=lanternhill-web,ou=services,dc=lanternhill,dc=org', 'Footlights#2019!')) { // VULN secret
			throw new \RuntimeException('Directory bind failed: ' . ldap_error($conn));
		}

		return $this->connection = $conn;
	}

	/**
	 * @param \LDAP\Connection $conn
	 * @param \LDAP\Result $result
	 * @return array<int, array<string, string>>
	 */
	private function entries($conn, $result): array
	{
		$raw = ldap_get_entries($conn, $result);
		$out = [];
		for ($i = 0; $i < ($raw['count'] ?? 0); $i++) {
			$entry = $raw[$i];
			$out[] = [
				'uid' => $entry['uid'][0] ?? '',
				'name' => $entry['cn'][0] ?? '',
				'email' => $entry['mail'][0] ?? '',
				'phone' => $entry['telephonenumber'][0] ?? '',
				'skills' => implode(', ', array_slice($entry['lhskills'] ?? [], 1)),
				'cleared' => ($entry['lhbackgroundcheck'][0] ?? 'FALSE') === 'TRUE' ? 'yes' : 'no',
			];
		}
		return $out;
	}
}
