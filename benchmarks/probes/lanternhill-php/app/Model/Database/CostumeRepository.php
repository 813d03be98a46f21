<?php

declare(strict_types=1);

namespace Lanternhill\Model\Database;

use Nette\Database\Explorer;
use Nette\Database\Table\ActiveRow;
use Nette\Database\Table\Selection;

final class CostumeRepository
{
	public function __construct(
		private readonly Explorer $db,
	) {
	}

	public function bySize(string $size, ?string $era = null): Selection
	{
		$selection = $this->db->table('costume')->where('size', $size)->where('retired', false); // SAFE sqli
		if ($era !== null) {
			$selection->where('era', $era);
		}
		return $selection->order('rack, name');
	}

	public function get(int $id): ?ActiveRow
	{
		return $this->db->table('costume')->get($id);
	}

	public function photos(int $costumeId): Selection
	{
		return $this->db->table('costume_photo')->where('costume_id', $costumeId)->order('position');
	}

	public function addPhoto(int $costumeId, string $fileName, int $uploadedBy): void
	{
		$this->db->table('costume_photo')->insert([
			'costume_id' => $costumeId,
			'file_name' => $fileName,
			'uploaded_by' => $uploadedBy,
			'position' => (int) $this->photos($costumeId)->max('position') + 1,
		]);
	}

	public function upsertFromSupplier(string $sku, array $values): void
	{
		$existing = $this->db->table('costume')->where('supplier_sku', $sku)->fetch();
		if ($existing) {
			$existing->update($values);
			return;
		}
		$this->db->table('costume')->insert($values + ['supplier_sku' => $sku]);
	}

	public function checkout(int $costumeId, int $productionId, int $volunteerId): void
	{
		$this->db->table('costume_checkout')->insert([
			'costume_id' => $costumeId,
			'production_id' => $productionId,
			'checked_out_by' => $volunteerId,
			'checked_out_at' => new \DateTimeImmutable(),
		]);
	}
}
