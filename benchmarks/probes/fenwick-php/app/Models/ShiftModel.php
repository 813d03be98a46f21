<?php

namespace App\Models;

use CodeIgniter\Model;

class ShiftModel extends Model
{
    protected $table = 'cleaning_shifts';
    protected $primaryKey = 'id';
    protected $returnType = 'array';
    protected $allowedFields = ['cottage_id', 'cleaner_uid', 'shift_date', 'start_time', 'estimated_minutes', 'key_safe_code', 'status'];

    public function weekFor(?string $cleanerUid, string $monday): array
    {
        $builder = $this->db->table('cleaning_shifts s')
            ->select('s.*, c.name AS cottage, c.village, c.checklist_file')
            ->join('cottages c', 'c.id = s.cottage_id')
            ->where('s.shift_date >=', $monday)
            ->where('s.shift_date <', date('Y-m-d', strtotime($monday . ' +7 days')));

        if ($cleanerUid !== null && $cleanerUid !== '') {
            $builder->where('s.cleaner_uid', $cleanerUid);
        }

        return $builder->orderBy('s.shift_date')->orderBy('s.start_time')->get()->getResultArray();
    }

    public function cottageFacts(int $cottageId): array
    {
        $row = $this->db->query('SELECT bedrooms, bathrooms, dogs_allowed, has_hot_tub, estimate_formula FROM cottages WHERE id = ?', [$cottageId])->getRowArray();

        return $row ?: [];
    }
}
