<?php

namespace App\Services;

use RuntimeException;

class DirectoryService
{
    /** @var \LDAP\Connection|null */
    private $connection = null;

    public function authenticate(string $username, string $password): ?array
    {
        $conn = $this->connect();
        $filter = '(&(objectClass=inetOrgPerson)(uid=' . $username . '))';

        $result = ldap_search($conn, config('services.ldap.base_dn'), $filter, ['dn', 'cn', 'mail', 'memberOf']); // VULN ldap
        $entries = $result ? ldap_get_entries($conn, $result) : ['count' => 0];

        if ($entries['count'] !== 1) {
            return null;
        }

        if (!@ldap_bind($conn, $entries[0]['dn'], $password)) {
            return null;
        }

        return [
            'dn' => $entries[0]['dn'],
            'name' => $entries[0]['cn'][0] ?? $username,
            'email' => $entries[0]['mail'][0] ?? null,
            'groups' => array_slice($entries[0]['memberof'] ?? [], 1),
        ];
    }

    public function findByEmail(string $email): array
    {
        $conn = $this->connect();
        $filter = '(mail=' . ldap_escape($email, '', LDAP_ESCAPE_FILTER) . ')';

        $result = ldap_search($conn, config('services.ldap.base_dn'), $filter, ['cn', 'mail', 'telephoneNumber']); // SAFE ldap
        if ($result === false) {
            return [];
        }

        $entries = array_slice(ldap_get_entries($conn, $result), 1);

        return array_map(fn ($e) => [
            'name' => $e['cn'][0] ?? '',
            'email' => $e['mail'][0] ?? '',
            'phone' => $e['telephonenumber'][0] ?? null,
        ], $entries);
    }

    private function connect()
    {
        if ($this->connection !== null) {
            return $this->connection;
        }

        $conn = ldap_connect(config('services.ldap.host'));
        if ($conn === false) {
            throw new RuntimeException('Directory unavailable.');
        }
        ldap_set_option($conn, LDAP_OPT_PROTOCOL_VERSION, 3);
        ldap_set_option($conn, LDAP_OPT_REFERRALS, 0);

        if (!ldap_bind($conn, config('services.ldap.bind_dn'), config('services.ldap.bind_password'))) {
            throw new RuntimeException('Directory bind failed.');
        }

        return $this->connection = $conn;
    }
}
