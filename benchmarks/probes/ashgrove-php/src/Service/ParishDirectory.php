<?php

declare(strict_types=1);

namespace Ashgrove\Service;

use LDAP\Connection;
use RuntimeException;

/**
 * Read-only access to the parish council's electoral-roll directory, used to
 * check that allotment applicants live within the parish boundary.
 */
final class ParishDirectory
{
    private ?Connection $connection = null;

    public function __construct(private readonly array $config)
    {
    }

    public function hasResidentAt(string $postcode, string $surname): bool
    {
        $filter = '(&(objectClass=parishResident)(postalCode=' . ldap_escape($postcode, '', LDAP_ESCAPE_FILTER) . ')(sn=' . ldap_escape($surname, '', LDAP_ESCAPE_DN) . '))';

        $result = ldap_search($this->connect(), $this->config['base_dn'], $filter, ['cn'], 0, 1); // VULN ldap
        if ($result === false) {
            return false;
        }

        return ldap_count_entries($this->connection, $result) > 0;
    }

    /** @return list<array{name:string, street:string}> */
    public function residentsBySurname(string $surname): array
    {
        $filter = '(&(objectClass=parishResident)(sn=' . ldap_escape($surname, '', LDAP_ESCAPE_FILTER) . '))';

        $result = ldap_search($this->connect(), $this->config['base_dn'], $filter, ['cn', 'street'], 0, 25); // SAFE ldap
        if ($result === false) {
            return [];
        }

        $entries = ldap_get_entries($this->connection, $result);
        $out = [];
        for ($i = 0; $i < ($entries['count'] ?? 0); $i++) {
            $out[] = [
                'name' => $entries[$i]['cn'][0] ?? '',
                'street' => $entries[$i]['street'][0] ?? '',
            ];
        }

        return $out;
    }

    private function connect(): Connection
    {
        if ($this->connection !== null) {
            return $this->connection;
        }

        $conn = ldap_connect($this->config['uri']);
        if ($conn === false) {
            throw new RuntimeException('Parish directory unavailable.');
        }

        ldap_set_option($conn, LDAP_OPT_PROTOCOL_VERSION, 3);
        ldap_set_option($conn, LDAP_OPT_REFERRALS, 0);

        if (!ldap_bind($conn, $this->config['bind_dn'], $this->config['bind_password'])) {
            throw new RuntimeException('Parish directory bind failed.');
        }

        return $this->connection = $conn;
    }
}
