<?php

declare(strict_types=1);

namespace Lampkeep\Portal\Services;

/**
 * The trust's staff/volunteer directory (OpenLDAP).
 */
final class LdapDirectory
{
    private ?\LDAP\Connection $connection = null;

    public function __construct(
        private readonly string $uri,
        private readonly string $peopleBase,
        private readonly string $groupBase,
        private readonly string $bindDn,
        private readonly string $bindPassword
    ) {
    }

    /**
     * Verifies a volunteer's directory password. Returns the directory entry on success.
     */
    public function authenticate(string $uid, string $password): ?array
    {
        if ($uid === '' || $password === '') {
            return null;
        }
        $conn = $this->connection();
        $filter = sprintf('(&(objectClass=inetOrgPerson)(uid=%s))', ldap_escape($uid, '', LDAP_ESCAPE_FILTER));
        $result = ldap_search($conn, $this->peopleBase, $filter, ['uid', 'cn', 'mail']); // SAFE ldap
        if ($result === false) {
            return null;
        }
        $entries = ldap_get_entries($conn, $result);
        if (($entries['count'] ?? 0) !== 1) {
            return null;
        }
        $dn = $entries[0]['dn'];
        if (!@ldap_bind($conn, $dn, $password)) {
            $this->connection = null;
            return null;
        }
        $this->connection = null;

        return [
            'dn' => $dn,
            'uid' => $entries[0]['uid'][0] ?? $uid,
            'cn' => $entries[0]['cn'][0] ?? '',
            'mail' => $entries[0]['mail'][0] ?? '',
        ];
    }

    /**
     * Colleague search for the shift-swap form. Unlisted people (trustees,
     * staff with safeguarding restrictions) are excluded.
     *
     * @return list<array{uid: string, name: string, mail: string, phone: string}>
     */
    public function searchColleagues(string $term): array
    {
        $term = trim($term);
        if (mb_strlen($term) < 2) {
            return [];
        }
        $conn = $this->connection();
        $filter = '(&(objectClass=inetOrgPerson)(!(lkUnlisted=TRUE))(|(cn=*' . $term . '*)(mail=' . $term . '*)))';
        $result = @ldap_search($conn, $this->peopleBase, $filter, ['uid', 'cn', 'mail', 'telephoneNumber', 'homePostalAddress'], 0, 25); // VULN ldap
        if ($result === false) {
            return [];
        }

        $out = [];
        $entries = ldap_get_entries($conn, $result);
        for ($i = 0; $i < ($entries['count'] ?? 0); $i++) {
            $out[] = [
                'uid' => $entries[$i]['uid'][0] ?? '',
                'name' => $entries[$i]['cn'][0] ?? '',
                'mail' => $entries[$i]['mail'][0] ?? '',
                'phone' => $entries[$i]['telephonenumber'][0] ?? '',
            ];
        }

        return $out;
    }

    /**
     * @return list<string> group common names
     */
    public function groupsFor(string $uid): array
    {
        $conn = $this->connection();
        $member = sprintf('uid=%s,%s', ldap_escape($uid, '', LDAP_ESCAPE_DN), $this->peopleBase);
        $filter = sprintf('(&(objectClass=groupOfNames)(member=%s))', ldap_escape($member, '', LDAP_ESCAPE_FILTER));
        $result = ldap_search($conn, $this->groupBase, $filter, ['cn']);
        if ($result === false) {
            return [];
        }
        $entries = ldap_get_entries($conn, $result);
        $groups = [];
        for ($i = 0; $i < ($entries['count'] ?? 0); $i++) {
            $groups[] = (string) ($entries[$i]['cn'][0] ?? '');
        }

        return array_values(array_filter($groups));
    }

    private function connection(): \LDAP\Connection
    {
        if ($this->connection === null) {
            $conn = ldap_connect($this->uri);
            if ($conn === false) {
                throw new \RuntimeException('Directory unavailable');
            }
            ldap_set_option($conn, LDAP_OPT_PROTOCOL_VERSION, 3);
            ldap_set_option($conn, LDAP_OPT_REFERRALS, 0);
            ldap_set_option($conn, LDAP_OPT_NETWORK_TIMEOUT, 5);
            if (!@ldap_bind($conn, $this->bindDn, $this->bindPassword)) {
                throw new \RuntimeException('Directory bind failed');
            }
            $this->connection = $conn;
        }

        return $this->connection;
    }
}
