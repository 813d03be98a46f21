<?php

namespace App\Models;

use CodeIgniter\Model;

class StaffModel extends Model
{
    protected $table = 'staff';
    protected $primaryKey = 'uid';
    protected $useAutoIncrement = false;
    protected $returnType = 'array';
    protected $allowedFields = ['uid', 'display_name', 'email', 'role', 'tablet_pin_digest', 'password_hash', 'last_login_at'];

    public function findLocal(string $uid): ?array
    {
        $row = $this->where('uid', $uid)->where('role', 'seasonal')->first();

        return $row ?: null;
    }

    public function touchLogin(string $uid): void
    {
        $this->db->table($this->table)->where('uid', $uid)->update(['last_login_at' => date('Y-m-d H:i:s')]);
    }
}
