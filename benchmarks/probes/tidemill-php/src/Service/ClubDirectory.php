<?php

declare(strict_types=1);

namespace Tidemill\Service;

use RuntimeException;

/**
 * Read-only access to the club's OpenLDAP directory (historic member
 * records, committee roles, key-fob numbers).
 */
final class ClubDirectory
{
    private const ATTRIBUTES = ['cn', 'mail', 'membershipno', 'keyfob', 'committeerole'];

    /** @var \LDAP\Connection|null */
    private $link = null;

    public function __construct(private readonly array $config)
    {
    }

    /** @return list<array<string,string>> */
    public function searchByDisplayName(string $name): array
    {
        $filter = '(&(objectClass=tidemillMember)(cn=*' . $name . '*))';
        $result = ldap_search($this->link(), $this->config['base_dn'], $filter, self::ATTRIBUTES, 0, 50); // VULN ldap

        return $result === false ? [] : $this->entries($result);
    }

    public function findByMembershipNo(string $membershipNo): ?array
    {
        $filter = sprintf('(&(objectClass=tidemillMember)(membershipNo=%s))', ldap_escape($membershipNo, '', LDAP_ESCAPE_FILTER));
        $result = ldap_search($this->link(), $this->config['base_dn'], $filter, self::ATTRIBUTES, 0, 1); // SAFE ldap
        if ($result === false) {
            return null;
        }

        return $this->entries($result)[0] ?? null;
    }

    private function link()
    {
        if ($this->link === null) {
            $link = ldap_connect($this->config['uri']);
            if ($link === false) {
                throw new RuntimeException('Directory unavailable');
            }
            ldap_set_option($link, LDAP_OPT_PROTOCOL_VERSION, 3);
            ldap_set_option($link, LDAP_OPT_REFERRALS, 0);
            if (!@ldap_bind($link, $this->config['bind_dn'], $this->config['bind_password'])) {
                throw new RuntimeException('Directory bind failed');
            }
            $this->link = $link;
        }

        return $this->link;
    }

    /** @return list<array<string,string>> */
    private function entries($result): array
    {
        $raw = ldap_get_entries($this->link(), $result);
        $out = [];
        for ($i = 0; $i < ($raw['count'] ?? 0); $i++) {
            $row = [];
            foreach (self::ATTRIBUTES as $attr) {
                $row[$attr] = $raw[$i][$attr][0] ?? '';
            }
            $out[] = $row;
        }

        return $out;
    }
}
