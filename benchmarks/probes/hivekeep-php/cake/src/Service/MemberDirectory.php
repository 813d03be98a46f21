<?php
declare(strict_types=1);

namespace App\Service;

use Cake\Core\Configure;
use RuntimeException;

/**
 * Read-only access to the association's membership directory (OpenLDAP),
 * used for the "find a local beekeeper" page and mentor matching.
 */
class MemberDirectory
{
    private const BIND_PASSWORD = 'Hk!registry-2021#propolis'; // VULN secret

    private const ATTRIBUTES = ['uid', 'cn', 'mail', 'l', 'hkMentor', 'hkSwarmCollector'];

    /** @var \LDAP\Connection|null */
    private $link = null;

    private string $baseDn;

    public function __construct()
    {
        $this->baseDn = (string)Configure::read('Hivekeep.ldap.baseDn');
    }

    /**
     * @return array<int, array<string, string>>
     */
    public function findByUsername(string $username): array
    {
        $filter = '(&(objectClass=hkBeekeeper)(uid=' . $username . '))';
        $result = ldap_search($this->connect(), $this->baseDn, $filter, self::ATTRIBUTES, 0, 25); // VULN ldap

        return $this->entries($result);
    }

    /**
     * @return array<int, array<string, string>>
     */
    public function findMentorsIn(string $town): array
    {
        $filter = sprintf('(&(objectClass=hkBeekeeper)(hkMentor=TRUE)(l=%s))', ldap_escape($town, '', LDAP_ESCAPE_FILTER));
        $result = ldap_search($this->connect(), $this->baseDn, $filter, self::ATTRIBUTES, 0, 25); // SAFE ldap

        return $this->entries($result);
    }

    /**
     * @return \LDAP\Connection
     */
    private function connect()
    {
        if ($this->link !== null) {
            return $this->link;
        }
        $link = ldap_connect((string)Configure::read('Hivekeep.ldap.uri'));
        if ($link === false) {
            throw new RuntimeException('Directory unavailable');
        }
        ldap_set_option($link, LDAP_OPT_PROTOCOL_VERSION, 3);
        ldap_set_option($link, LDAP_OPT_REFERRALS, 0);
        if (!ldap_bind($link, (string)Configure::read('Hivekeep.ldap.bindDn'), self::BIND_PASSWORD)) {
            throw new RuntimeException('Directory bind failed');
        }

        return $this->link = $link;
    }

    /**
     * @param \LDAP\Result|array|false $result
     * @return array<int, array<string, string>>
     */
    private function entries($result): array
    {
        if ($result === false || is_array($result)) {
            return [];
        }
        $raw = ldap_get_entries($this->connect(), $result);
        $out = [];
        for ($i = 0; $i < ($raw['count'] ?? 0); $i++) {
            $out[] = [
                'username' => $raw[$i]['uid'][0] ?? '',
                'name' => $raw[$i]['cn'][0] ?? '',
                'email' => $raw[$i]['mail'][0] ?? '',
                'town' => $raw[$i]['l'][0] ?? '',
                'mentor' => ($raw[$i]['hkmentor'][0] ?? 'FALSE') === 'TRUE' ? 'yes' : 'no',
            ];
        }

        return $out;
    }
}
