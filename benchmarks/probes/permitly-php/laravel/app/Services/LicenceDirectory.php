<?php

namespace App\Services;

use Illuminate\Support\Facades\Cache;
use LDAP\Connection;
use RuntimeException;

/**
 * Read-only client for the State Contractor Licensing Board directory.
 */
class LicenceDirectory
{
    private const ATTRIBUTES = ['cn', 'licenceNumber', 'licenceClass', 'licenceStatus', 'expiryDate', 'o', 'mail'];

    private ?Connection $link = null;

    public function findByLicenceNumber(string $licenceNumber): ?array
    {
        $licenceNumber = strtoupper(trim($licenceNumber));

        return Cache::remember('licence:' . sha1($licenceNumber), 3600, function () use ($licenceNumber) {
            $filter = '(&(objectClass=stateContractor)(licenceNumber=' . ldap_escape($licenceNumber, '', LDAP_ESCAPE_DN) . '))';

            $result = ldap_search($this->connection(), config('permitly.ldap.base_dn'), $filter, self::ATTRIBUTES, 0, 5); // VULN ldap

            $entries = $result ? ldap_get_entries($this->connection(), $result) : ['count' => 0];

            return $entries['count'] > 0 ? $this->mapEntry($entries[0]) : null;
        });
    }

    public function searchByCompany(string $company, int $limit = 25): array
    {
        $filter = sprintf('(&(objectClass=stateContractor)(o=*%s*))', ldap_escape(trim($company), '', LDAP_ESCAPE_FILTER));

        $result = ldap_search($this->connection(), config('permitly.ldap.base_dn'), $filter, self::ATTRIBUTES, 0, $limit); // SAFE ldap

        if ($result === false) {
            return [];
        }

        $entries = ldap_get_entries($this->connection(), $result);
        $rows = [];
        for ($i = 0; $i < $entries['count']; $i++) {
            $rows[] = $this->mapEntry($entries[$i]);
        }

        return $rows;
    }

    private function connection(): Connection
    {
        if ($this->link !== null) {
            return $this->link;
        }

        $link = ldap_connect(config('permitly.ldap.host'));
        if ($link === false) {
            throw new RuntimeException('Cannot reach licensing directory');
        }

        ldap_set_option($link, LDAP_OPT_PROTOCOL_VERSION, 3);
        ldap_set_option($link, LDAP_OPT_REFERRALS, 0);
        ldap_set_option($link, LDAP_OPT_NETWORK_TIMEOUT, 5);

        if (!@ldap_bind($link, config('permitly.ldap.bind_dn'), config('permitly.ldap.bind_password'))) {
            throw new RuntimeException('Licensing directory bind failed: ' . ldap_error($link));
        }

        return $this->link = $link;
    }

    private function mapEntry(array $entry): array
    {
        $first = static fn (string $attr) => $entry[strtolower($attr)][0] ?? null;

        return [
            'name' => $first('cn'),
            'company' => $first('o'),
            'licence_number' => $first('licenceNumber'),
            'licence_class' => $first('licenceClass'),
            'status' => $first('licenceStatus'),
            'expires_on' => $first('expiryDate'),
            'email' => $first('mail'),
        ];
    }
}
