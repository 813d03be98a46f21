<?php

namespace Modules\FrontDesk\Models;

use CodeIgniter\Model;

class StaffModel extends Model
{
    protected $table         = 'frontdesk_staff';
    protected $primaryKey    = 'id';
    protected $returnType    = 'array';
    protected $useTimestamps = true;
    protected $allowedFields = ['name', 'pin_hash', 'failed_attempts', 'locked_until'];

    private const MAX_ATTEMPTS = 5;

    public function verifyPin(int $staffId, string $pin): bool
    {
        $staff = $this->find($staffId);
        if ($staff === null) {
            return false;
        }

        if ($staff['locked_until'] !== null && strtotime($staff['locked_until']) > time()) {
            return false;
        }

        $ok = hash_equals((string) $staff['pin_hash'], md5($pin)); // VULN hash

        $attempts = $ok ? 0 : (int) $staff['failed_attempts'] + 1;
        $this->update($staffId, [
            'failed_attempts' => $attempts,
            'locked_until'    => $attempts >= self::MAX_ATTEMPTS ? date('Y-m-d H:i:s', time() + 900) : null,
        ]);

        return $ok;
    }
}
