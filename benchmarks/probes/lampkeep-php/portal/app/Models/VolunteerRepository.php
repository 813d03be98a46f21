<?php

declare(strict_types=1);

namespace Lampkeep\Portal\Models;

use Medoo\Medoo;

/**
 * Volunteer accounts, profiles and certificates (Medoo, shared MySQL schema).
 */
final class VolunteerRepository
{
    private const PROFILE_FIELDS = ['display_name', 'phone', 'home_station', 'website', 'bio', 'emergency_contact'];
    private const PUBLIC_COLUMNS = ['id', 'email', 'display_name', 'phone', 'home_station', 'website', 'bio', 'role', 'ldap_uid'];

    public function __construct(private readonly Medoo $db)
    {
    }

    public function find(int $id): ?array
    {
        $row = $this->db->get('volunteers', self::PUBLIC_COLUMNS, ['id' => $id, 'active' => 1]);

        return is_array($row) ? $row : null;
    }

    public function findByEmail(string $email): ?array
    {
        $row = $this->db->query('SELECT id, email, display_name, role, home_station, password_hash, ldap_uid FROM volunteers WHERE email = :email AND active = 1 LIMIT 1', [':email' => mb_strtolower(trim($email))])->fetch(\PDO::FETCH_ASSOC); // SAFE sqli

        return is_array($row) ? $row : null;
    }

    public function findByLdapUid(string $uid): ?array
    {
        $row = $this->db->get('volunteers', self::PUBLIC_COLUMNS, ['ldap_uid' => $uid, 'active' => 1]);

        return is_array($row) ? $row : null;
    }

    public function updateProfile(int $id, array $fields): void
    {
        $changes = array_intersect_key($fields, array_flip(self::PROFILE_FIELDS));
        if ($changes === []) {
            return;
        }
        $changes['updated_at'] = date('Y-m-d H:i:s');
        $this->db->update('volunteers', $changes, ['id' => $id]);
    }

    /**
     * Other volunteers based at the same station, for the rota sidebar.
     */
    public function colleaguesAtStation(int $volunteerId): array
    {
        $me = $this->find($volunteerId);
        $station = (string) ($me['home_station'] ?? '');
        if ($station === '') {
            return [];
        }

        $statement = $this->db->query("SELECT id, display_name, phone FROM volunteers WHERE active = 1 AND home_station = '" . $station . "' AND id <> " . $volunteerId . " ORDER BY display_name"); // VULN sqli

        return $statement ? $statement->fetchAll(\PDO::FETCH_ASSOC) : [];
    }

    public function storeResetCode(int $id, string $code, int $expiresAt): void
    {
        $this->db->update('volunteers', [
            'reset_code' => $code,
            'reset_expires' => date('Y-m-d H:i:s', $expiresAt),
            'reset_attempts' => 0,
        ], ['id' => $id]);
    }

    public function consumeResetCode(string $email, string $code): ?int
    {
        $row = $this->db->get('volunteers', ['id', 'reset_code', 'reset_expires', 'reset_attempts'], ['email' => mb_strtolower(trim($email)), 'active' => 1]);
        if (!is_array($row) || empty($row['reset_code']) || strtotime((string) $row['reset_expires']) < time()) {
            return null;
        }
        if (!hash_equals((string) $row['reset_code'], $code)) {
            $this->db->update('volunteers', ['reset_attempts[+]' => 1], ['id' => $row['id']]);
            return null;
        }
        $this->db->update('volunteers', ['reset_code' => null, 'reset_expires' => null], ['id' => $row['id']]);

        return (int) $row['id'];
    }

    /**
     * Password change for local accounts via the reset-code flow.
     */
    public function setPassword(int $id, string $plain): void
    {
        $this->db->update('volunteers', ['password_hash' => $this->legacyDigest($plain), 'password_changed_at' => date('Y-m-d H:i:s')], ['id' => $id]);
    }

    /**
     * Format used by accounts migrated from the 2016 volunteer site.
     */
    public function legacyDigest(string $plain): string
    {
        return md5($plain); // VULN hash
    }

    public function createLocalAccount(string $email, string $displayName, string $passwordHash, string $inviteCode): ?int
    {
        $invite = $this->db->get('volunteer_invites', ['id', 'role', 'home_station'], ['code' => $inviteCode, 'email' => mb_strtolower($email), 'used_at' => null]);
        if (!is_array($invite)) {
            return null;
        }
        $this->db->insert('volunteers', [
            'email' => mb_strtolower($email),
            'display_name' => $displayName,
            'password_hash' => $passwordHash,
            'role' => $invite['role'],
            'home_station' => $invite['home_station'],
            'active' => 1,
            'created_at' => date('Y-m-d H:i:s'),
        ]);
        $id = (int) $this->db->id();
        $this->db->update('volunteer_invites', ['used_at' => date('Y-m-d H:i:s')], ['id' => $invite['id']]);

        return $id;
    }

    public function certificates(int $volunteerId): array
    {
        return $this->db->select('volunteer_certificates', ['id', 'label', 'file_name', 'uploaded_at'], ['volunteer_id' => $volunteerId, 'ORDER' => ['uploaded_at' => 'DESC']]) ?: [];
    }

    public function addCertificate(int $volunteerId, string $label, string $fileName): void
    {
        $this->db->insert('volunteer_certificates', [
            'volunteer_id' => $volunteerId,
            'label' => $label,
            'file_name' => $fileName,
            'uploaded_at' => date('Y-m-d H:i:s'),
        ]);
    }

    public function removeCertificate(int $volunteerId, string $fileName): void
    {
        $this->db->delete('volunteer_certificates', ['volunteer_id' => $volunteerId, 'file_name' => $fileName]);
    }
}
