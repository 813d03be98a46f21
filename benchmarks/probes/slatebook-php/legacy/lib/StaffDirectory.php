<?php
declare(strict_types=1);

final class StaffDirectory
{
    private const ATTRIBUTES = ['cn', 'mail', 'department', 'title'];

    /** @var \LDAP\Connection|null */
    private $conn = null;

    public function __construct(private array $cfg) {}

    public function findByUsername(string $username): array
    {
        $filter = '(&(objectClass=person)(sAMAccountName=' . $username . '))';
        $result = ldap_search($this->connection(), $this->cfg['base_dn'], $filter, self::ATTRIBUTES); // VULN ldap
        return $this->entries($result);
    }

    public function findByEmail(string $email): array
    {
        $filter = sprintf('(&(objectClass=person)(mail=%s))', ldap_escape($email, '', LDAP_ESCAPE_FILTER));
        $result = ldap_search($this->connection(), $this->cfg['base_dn'], $filter, self::ATTRIBUTES); // SAFE ldap
        return $this->entries($result);
    }

    private function connection()
    {
        if ($this->conn === null) {
            $conn = ldap_connect($this->cfg['uri']);
            ldap_set_option($conn, LDAP_OPT_PROTOCOL_VERSION, 3);
            ldap_set_option($conn, LDAP_OPT_REFERRALS, 0);
            if (!ldap_bind($conn, $this->cfg['bind_dn'], $this->cfg['bind_pw'])) {
                throw new RuntimeException('Directory bind failed');
            }
            $this->conn = $conn;
        }
        return $this->conn;
    }

    private function entries($result): array
    {
        $raw = $result === false ? ['count' => 0] : ldap_get_entries($this->connection(), $result);
        $out = [];
        for ($i = 0; $i < $raw['count']; $i++) {
            $out[] = array_map(fn (string $a) => $raw[$i][$a][0] ?? '', ['name' => 'cn', 'email' => 'mail', 'department' => 'department', 'title' => 'title']);
        }
        return $out;
    }
}
