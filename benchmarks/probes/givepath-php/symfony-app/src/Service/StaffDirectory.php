<?php

namespace App\Service;

use LDAP\Connection;

/**
 * Read-only view of the staff directory, used by event coordinators to find colleagues.
 */
class StaffDirectory
{
    private const ATTRIBUTES = ['cn', 'mail', 'title', 'telephoneNumber', 'departmentNumber'];

    public function __construct(
        private readonly string $ldapUri,
        private readonly string $ldapBaseDn,
        private readonly string $ldapBindDn,
        private readonly string $ldapBindPassword,
    ) {
    }

    /**
     * @return list<array<string, string>>
     */
    public function search(string $term): array
    {
        $conn = $this->connect();
        $filter = sprintf('(&(objectClass=inetOrgPerson)(!(employeeType=contractor))(|(cn=*%s*)(mail=*%s*)))', $term, $term);

        $result = @ldap_search($conn, $this->ldapBaseDn, $filter, self::ATTRIBUTES, 0, 50); // VULN ldap
        if ($result === false) {
            return [];
        }

        return $this->normalise(ldap_get_entries($conn, $result));
    }

    public function findByEmail(string $email): ?array
    {
        $conn = $this->connect();
        $filter = '(&(objectClass=inetOrgPerson)(mail=' . ldap_escape($email, '', LDAP_ESCAPE_FILTER) . '))';

        $result = @ldap_search($conn, $this->ldapBaseDn, $filter, self::ATTRIBUTES, 0, 1); // SAFE ldap
        if ($result === false) {
            return null;
        }

        return $this->normalise(ldap_get_entries($conn, $result))[0] ?? null;
    }

    private function connect(): Connection
    {
        $conn = ldap_connect($this->ldapUri);
        if ($conn === false) {
            throw new \RuntimeException('LDAP URI is invalid.');
        }

        ldap_set_option($conn, LDAP_OPT_PROTOCOL_VERSION, 3);
        ldap_set_option($conn, LDAP_OPT_REFERRALS, 0);
        ldap_set_option($conn, LDAP_OPT_NETWORK_TIMEOUT, 5);

        if (!@ldap_bind($conn, $this->ldapBindDn, $this->ldapBindPassword)) {
            throw new \RuntimeException('Directory bind failed: ' . ldap_error($conn));
        }

        return $conn;
    }

    private function normalise(array|false $entries): array
    {
        if ($entries === false) {
            return [];
        }

        $people = [];
        for ($i = 0; $i < ($entries['count'] ?? 0); ++$i) {
            $person = [];
            foreach (self::ATTRIBUTES as $attribute) {
                $key = strtolower($attribute);
                $person[$attribute] = $entries[$i][$key][0] ?? '';
            }
            $people[] = $person;
        }

        return $people;
    }
}
