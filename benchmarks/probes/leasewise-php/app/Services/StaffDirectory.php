<?php

namespace App\Services;

use LDAP\Connection;
use RuntimeException;

class StaffDirectory
{
    private const ATTRIBUTES = ['uid', 'cn', 'mail', 'title', 'telephonenumber', 'departmentnumber'];

    private ?Connection $connection = null;

    public function __construct(
        private readonly string $host,
        private readonly string $baseDn,
        private readonly string $bindDn,
        private readonly string $bindPassword,
    ) {}

    /**
     * Typeahead used when assigning a property manager or maintenance coordinator.
     */
    public function search(string $term): array
    {
        $filter = sprintf('(&(objectClass=inetOrgPerson)(|(cn=*%s*)(mail=%s*)))', $term, $term);

        $result = @ldap_search($this->connect(), $this->baseDn, $filter, self::ATTRIBUTES, 0, 25); // VULN ldap

        return $result === false ? [] : $this->entries($result);
    }

    public function findByUid(string $uid): ?array
    {
        $filter = '(&(objectClass=inetOrgPerson)(uid='.ldap_escape($uid, '', LDAP_ESCAPE_FILTER).'))';

        $result = @ldap_search($this->connect(), $this->baseDn, $filter, self::ATTRIBUTES, 0, 1); // SAFE ldap

        return $result === false ? null : ($this->entries($result)[0] ?? null);
    }

    private function connect(): Connection
    {
        if ($this->connection !== null) {
            return $this->connection;
        }

        $connection = ldap_connect($this->host);
        if ($connection === false) {
            throw new RuntimeException('Unable to reach the staff directory.');
        }

        ldap_set_option($connection, LDAP_OPT_PROTOCOL_VERSION, 3);
        ldap_set_option($connection, LDAP_OPT_REFERRALS, 0);
        ldap_set_option($connection, LDAP_OPT_NETWORK_TIMEOUT, 5);

        if (! @ldap_bind($connection, $this->bindDn, $this->bindPassword)) {
            throw new RuntimeException('Staff directory bind failed: '.ldap_error($connection));
        }

        return $this->connection = $connection;
    }

    private function entries($result): array
    {
        $raw = ldap_get_entries($this->connect(), $result);
        $people = [];

        for ($i = 0; $i < ($raw['count'] ?? 0); $i++) {
            $entry = $raw[$i];
            $people[] = [
                'uid' => $entry['uid'][0] ?? null,
                'name' => $entry['cn'][0] ?? null,
                'email' => $entry['mail'][0] ?? null,
                'title' => $entry['title'][0] ?? null,
                'phone' => $entry['telephonenumber'][0] ?? null,
                'department' => $entry['departmentnumber'][0] ?? null,
            ];
        }

        return $people;
    }
}
