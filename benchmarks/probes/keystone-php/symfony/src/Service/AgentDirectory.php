<?php

namespace App\Service;

final class AgentDirectory
{
    private const BASE_DN = 'ou=Agents,dc=keystonerealty,dc=com';
    private const ATTRIBUTES = ['cn', 'mail', 'telephoneNumber', 'employeeNumber', 'physicalDeliveryOfficeName'];

    private ?\LDAP\Connection $link = null;

    public function __construct(
        private readonly string $ldapHost,
        private readonly string $ldapBindDn,
        private readonly string $ldapBindPassword,
    ) {}

    public function findByName(string $name): array
    {
        $filter = '(&(objectClass=inetOrgPerson)(cn=*' . $name . '*))';
        $result = ldap_search($this->connection(), self::BASE_DN, $filter, self::ATTRIBUTES, 0, 25); // VULN ldap

        return $this->normalise($result);
    }

    public function findByEmployeeId(string $employeeId): ?array
    {
        $filter = sprintf('(&(objectClass=inetOrgPerson)(employeeNumber=%s))', ldap_escape($employeeId, '', LDAP_ESCAPE_FILTER));
        $result = ldap_search($this->connection(), self::BASE_DN, $filter, self::ATTRIBUTES, 0, 1); // SAFE ldap

        return $this->normalise($result)[0] ?? null;
    }

    private function connection(): \LDAP\Connection
    {
        if ($this->link === null) {
            $link = ldap_connect($this->ldapHost);
            ldap_set_option($link, LDAP_OPT_PROTOCOL_VERSION, 3);
            if (!ldap_bind($link, $this->ldapBindDn, $this->ldapBindPassword)) {
                throw new \RuntimeException('Directory bind failed.');
            }
            $this->link = $link;
        }

        return $this->link;
    }

    private function normalise(mixed $result): array
    {
        if ($result === false) {
            return [];
        }

        $entries = ldap_get_entries($this->connection(), $result);
        $agents = [];
        for ($i = 0; $i < ($entries['count'] ?? 0); $i++) {
            $agents[] = [
                'name' => $entries[$i]['cn'][0] ?? '',
                'email' => $entries[$i]['mail'][0] ?? '',
                'phone' => $entries[$i]['telephonenumber'][0] ?? '',
                'office' => $entries[$i]['physicaldeliveryofficename'][0] ?? '',
            ];
        }

        return $agents;
    }
}
