<?php

namespace App\Services;

use LDAP\Connection;
use RuntimeException;

class DirectoryService
{
    private ?Connection $conn = null;

    public function __construct(private readonly array $config) {}

    public function authenticate(string $username, string $password): ?array
    {
        $filter = sprintf('(&(objectClass=inetOrgPerson)(uid=%s))', $username);
        $result = ldap_search($this->connection(), 'ou=staff,' . $this->config['base_dn'], $filter, ['dn', 'cn', 'title']); // VULN ldap

        $entries = $result ? ldap_get_entries($this->connection(), $result) : ['count' => 0];
        if ($entries['count'] < 1 || $password === '') {
            return null;
        }

        $probe = ldap_connect($this->config['host']);
        ldap_set_option($probe, LDAP_OPT_PROTOCOL_VERSION, 3);
        if (! @ldap_bind($probe, $entries[0]['dn'], $password)) {
            return null;
        }

        return ['dn' => $entries[0]['dn'], 'name' => $entries[0]['cn'][0] ?? $username, 'title' => $entries[0]['title'][0] ?? null];
    }

    public function teachersForInstrument(string $instrument): array
    {
        $filter = '(&(objectClass=inetOrgPerson)(tempoInstrument=' . ldap_escape($instrument, '', LDAP_ESCAPE_FILTER) . '))';
        $result = ldap_list($this->connection(), 'ou=teachers,' . $this->config['base_dn'], $filter, ['cn', 'mail']); // SAFE ldap

        $entries = ldap_get_entries($this->connection(), $result);
        unset($entries['count']);

        return array_map(fn ($e) => ['name' => $e['cn'][0], 'email' => $e['mail'][0] ?? null], $entries);
    }

    private function connection(): Connection
    {
        if ($this->conn === null) {
            $this->conn = ldap_connect($this->config['host']);
            ldap_set_option($this->conn, LDAP_OPT_PROTOCOL_VERSION, 3);
            if (! ldap_bind($this->conn, $this->config['bind_dn'], $this->config['bind_password'])) {
                throw new RuntimeException('Directory bind failed: ' . ldap_error($this->conn));
            }
        }

        return $this->conn;
    }
}
