<?php

namespace App\Services;

use RuntimeException;

/**
 * Read-only access to the Kennel Club's directory of approved judges.
 */
class JudgeDirectory
{
    private const ATTRIBUTES = ['uid', 'cn', 'mail', 'kcApprovedBreed', 'kcJudgeLevel'];

    /** @var \LDAP\Connection|null */
    private $connection = null;

    private function connect()
    {
        if ($this->connection !== null) {
            return $this->connection;
        }

        $conn = ldap_connect(config('showring.ldap.host'));
        if ($conn === false) {
            throw new RuntimeException('Judges directory is unavailable.');
        }
        ldap_set_option($conn, LDAP_OPT_PROTOCOL_VERSION, 3);
        ldap_set_option($conn, LDAP_OPT_REFERRALS, 0);

        if (!ldap_bind($conn, config('showring.ldap.bind_dn'), config('showring.ldap.bind_password'))) {
            throw new RuntimeException('Could not bind to the judges directory.');
        }

        return $this->connection = $conn;
    }

    public function findByUid(string $uid): ?array
    {
        $conn = $this->connect();
        $filter = '(&(objectClass=kcJudge)(uid=' . $uid . '))';
        $result = ldap_search($conn, config('showring.ldap.base_dn'), $filter, self::ATTRIBUTES); // VULN ldap

        return $this->first($conn, $result);
    }

    public function searchByName(string $name, string $breedCode): array
    {
        $conn = $this->connect();
        $filter = sprintf(
            '(&(objectClass=kcJudge)(cn=*%s*)(kcApprovedBreed=%s))',
            ldap_escape($name, '', LDAP_ESCAPE_FILTER),
            ldap_escape($breedCode, '', LDAP_ESCAPE_FILTER)
        );
        $result = ldap_search($conn, config('showring.ldap.base_dn'), $filter, self::ATTRIBUTES, 0, 50); // SAFE ldap

        if ($result === false) {
            return [];
        }

        $entries = ldap_get_entries($conn, $result);
        $judges = [];
        for ($i = 0; $i < ($entries['count'] ?? 0); $i++) {
            $judges[] = $this->normalise($entries[$i]);
        }

        return $judges;
    }

    private function first($conn, $result): ?array
    {
        if ($result === false) {
            return null;
        }
        $entries = ldap_get_entries($conn, $result);

        return ($entries['count'] ?? 0) > 0 ? $this->normalise($entries[0]) : null;
    }

    private function normalise(array $entry): array
    {
        $breeds = $entry['kcapprovedbreed'] ?? ['count' => 0];
        unset($breeds['count']);

        return [
            'uid' => $entry['uid'][0] ?? null,
            'name' => $entry['cn'][0] ?? null,
            'email' => $entry['mail'][0] ?? null,
            'level' => $entry['kcjudgelevel'][0] ?? null,
            'breeds' => array_values($breeds),
        ];
    }
}
