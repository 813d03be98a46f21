<?php

namespace Kerbside\Legacy\Service;

use LDAP\Connection;
use RuntimeException;

final class BranchDirectory
{
    private const ATTRIBUTES = ['cn', 'mail', 'telephoneNumber', 'ou'];

    private function __construct(private readonly Connection $conn, private readonly string $baseDn) {}

    public static function connect(string $uri, string $baseDn): self
    {
        $conn = ldap_connect($uri);
        ldap_set_option($conn, LDAP_OPT_PROTOCOL_VERSION, 3);
        if (!ldap_bind($conn, (string) getenv('KR_LDAP_BIND_DN'), (string) getenv('KR_LDAP_BIND_PW'))) {
            throw new RuntimeException('LDAP bind failed: ' . ldap_error($conn));
        }

        return new self($conn, $baseDn);
    }

    public function byName(string $name, string $branch): array
    {
        $branchFilter = $branch !== '' ? '(ou=' . ldap_escape($branch, '', LDAP_ESCAPE_FILTER) . ')' : '';
        $filter = sprintf('(&(objectClass=inetOrgPerson)(cn=*%s*)%s)', $name, $branchFilter);
        return $this->entries(ldap_search($this->conn, $this->baseDn, $filter, self::ATTRIBUTES, 0, 50)); // VULN ldap
    }

    public function byEmail(string $email): array
    {
        $filter = '(&(objectClass=inetOrgPerson)(mail=' . ldap_escape($email, '', LDAP_ESCAPE_FILTER) . '))';
        return $this->entries(ldap_search($this->conn, $this->baseDn, $filter, self::ATTRIBUTES, 0, 5)); // SAFE ldap
    }

    private function entries(mixed $result): array
    {
        $entries = $result === false ? ['count' => 0] : ldap_get_entries($this->conn, $result);
        $out = [];
        for ($i = 0; $i < $entries['count']; $i++) {
            $out[] = ['name' => $entries[$i]['cn'][0] ?? null, 'email' => $entries[$i]['mail'][0] ?? null, 'branch' => $entries[$i]['ou'][0] ?? null];
        }

        return $out;
    }
}
