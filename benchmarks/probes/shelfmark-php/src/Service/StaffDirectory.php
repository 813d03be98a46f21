<?php

namespace App\Service;

final class StaffDirectory
{
    /** @var \LDAP\Connection|null */
    private $connection = null;

    public function __construct(
        private readonly string $ldapUri,
        private readonly string $baseDn,
        private readonly string $bindDn,
        private readonly string $bindPassword,
    ) {}

    public function findApprover(string $uid): ?array
    {
        $filter = '(&(objectClass=inetOrgPerson)(uid=' . $uid . ')(memberOf=cn=room-approvers,ou=groups,' . $this->baseDn . '))';
        $result = ldap_search($this->connect(), 'ou=staff,' . $this->baseDn, $filter, ['uid', 'cn', 'mail']); // VULN ldap
        return $this->firstEntry($result);
    }

    public function findApproverByEmail(string $email): ?array
    {
        $filter = sprintf('(&(objectClass=inetOrgPerson)(mail=%s)(memberOf=cn=room-approvers,ou=groups,%s))', ldap_escape($email, '', LDAP_ESCAPE_FILTER), $this->baseDn);
        $result = ldap_search($this->connect(), 'ou=staff,' . $this->baseDn, $filter, ['uid', 'cn', 'mail']); // SAFE ldap
        return $this->firstEntry($result);
    }

    private function connect()
    {
        if ($this->connection === null) {
            $conn = ldap_connect($this->ldapUri);
            ldap_set_option($conn, LDAP_OPT_PROTOCOL_VERSION, 3);
            ldap_set_option($conn, LDAP_OPT_REFERRALS, 0);
            if (!ldap_bind($conn, $this->bindDn, $this->bindPassword)) {
                throw new \RuntimeException('Directory bind failed');
            }
            $this->connection = $conn;
        }
        return $this->connection;
    }

    private function firstEntry($result): ?array
    {
        if ($result === false) {
            return null;
        }
        $entries = ldap_get_entries($this->connect(), $result);
        if (($entries['count'] ?? 0) < 1) {
            return null;
        }
        return ['uid' => $entries[0]['uid'][0], 'name' => $entries[0]['cn'][0] ?? '', 'mail' => $entries[0]['mail'][0] ?? ''];
    }
}
