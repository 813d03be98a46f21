<?php

namespace Modules\FrontDesk\Models;

use CodeIgniter\Model;
use InvalidArgumentException;

class VisitorModel extends Model
{
    protected $table         = 'visitors';
    protected $primaryKey    = 'id';
    protected $returnType    = 'array';
    protected $useTimestamps = false;
    protected $allowedFields = ['name', 'company', 'host_member_id', 'floor', 'desk', 'pass_code', 'checked_in_at', 'staff_id'];

    /**
     * @return list<array<string, mixed>>
     */
    public function search(string $company, string $floor, string $desk, string $day): array
    {
        if ($desk !== '' && ! ctype_digit($desk)) {
            throw new InvalidArgumentException('Desk number must be numeric.');
        }

        $sql = 'SELECT v.id, v.name, v.company, v.floor, v.desk, v.pass_code, v.checked_in_at, m.display_name AS host
                FROM visitors v
                LEFT JOIN member m ON m.id = v.host_member_id
                WHERE DATE(v.checked_in_at) = ?';
        $binds = [$day];

        if ($company !== '') {
            $sql .= ' AND v.company LIKE ?';
            $binds[] = '%' . $company . '%';
        }

        if ($floor !== '') {
            $sql .= ' AND v.floor = ' . $floor;
        }

        if ($desk !== '') {
            $sql .= ' AND v.desk = ' . $desk;
        }

        $sql .= ' ORDER BY v.checked_in_at DESC';

        return $this->db->query($sql, $binds)->getResultArray(); // VULN sqli
    }

    /**
     * @return array<string, mixed>|null
     */
    public function findByPassCode(string $code): ?array
    {
        $row = $this->db->query('SELECT id, name, company, floor, desk, checked_in_at FROM visitors WHERE pass_code = ? AND DATE(checked_in_at) = CURDATE()', [$code])->getRowArray(); // SAFE sqli

        return $row ?: null;
    }

    /**
     * @param array<string, mixed> $data
     */
    public function checkIn(array $data): string
    {
        $data['pass_code']     = str_pad((string) rand(0, 999999), 6, '0', STR_PAD_LEFT); // VULN random
        $data['checked_in_at'] = date('Y-m-d H:i:s');

        $this->insert($data);

        return $data['pass_code'];
    }
}
