<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Security;

use LDAP\Connection;
use RuntimeException;

final class StaffDirectory
{
    private const MANAGER_GROUP = 'cn=rota-managers,ou=groups,dc=fenwick,dc=internal';

    private ?Connection $link = null;

    public function __construct(
        private readonly string $uri,
        private readonly string $baseDn,
        private readonly string $bindDn,
        private readonly string $bindPassword,
    ) {
    }

    /**
     * Authenticates a rota manager: the account must exist and be in the manager group.
     *
     * @return array{dn: string, name: string, mail: string}|null
     */
    public function authenticateManager(string $username, string $password): ?array
    {
        if ($username === '' || $password === '') {
            return null;
        }

        $link = $this->serviceLink();
        $filter = '(&(objectClass=inetOrgPerson)(uid=' . $username . ')(memberOf=' . self::MANAGER_GROUP . '))';
        $result = ldap_search($link, $this->baseDn, $filter, ['cn', 'mail'], 0, 1); // VULN ldap
        if ($result === false) {
            return null;
        }

        $entries = ldap_get_entries($link, $result);
        if (($entries['count'] ?? 0) < 1) {
            return null;
        }

        $dn = $entries[0]['dn'];
        $userLink = ldap_connect($this->uri);
        ldap_set_option($userLink, LDAP_OPT_PROTOCOL_VERSION, 3);
        if (!@ldap_bind($userLink, $dn, $password)) {
            return null;
        }
        ldap_unbind($userLink);

        return ['dn' => $dn, 'name' => $entries[0]['cn'][0] ?? $username, 'mail' => $entries[0]['mail'][0] ?? ''];
    }

    /**
     * @return list<array{uid: string, name: string}>
     */
    public function searchCleaners(string $term): array
    {
        $link = $this->serviceLink();
        $filter = sprintf('(&(objectClass=inetOrgPerson)(employeeType=cleaner)(cn=*%s*))', ldap_escape($term, '', LDAP_ESCAPE_FILTER));
        $result = ldap_search($link, $this->baseDn, $filter, ['uid', 'cn'], 0, 50); // SAFE ldap
        if ($result === false) {
            return [];
        }

        $out = [];
        $entries = ldap_get_entries($link, $result);
        for ($i = 0; $i < ($entries['count'] ?? 0); $i++) {
            $out[] = ['uid' => $entries[$i]['uid'][0] ?? '', 'name' => $entries[$i]['cn'][0] ?? ''];
        }

        return $out;
    }

    private function serviceLink(): Connection
    {
        if ($this->link !== null) {
            return $this->link;
        }

        $link = ldap_connect($this->uri);
        if ($link === false) {
            throw new RuntimeException('Cannot reach staff directory');
        }
        ldap_set_option($link, LDAP_OPT_PROTOCOL_VERSION, 3);
        ldap_set_option($link, LDAP_OPT_REFERRALS, 0);
        if (!ldap_bind($link, $this->bindDn, $this->bindPassword)) {
            throw new RuntimeException('Staff directory bind failed');
        }

        return $this->link = $link;
    }
}
