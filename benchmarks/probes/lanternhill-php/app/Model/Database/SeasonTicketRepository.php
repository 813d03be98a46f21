<?php

declare(strict_types=1);

namespace Lanternhill\Model\Database;

use Lanternhill\Model\Dto\TicketQuery;
use Nette\Database\Explorer;
use Nette\Database\Row;

final class SeasonTicketRepository
{
	private const SORTABLE = [
		'seat' => 'st.section, st.seat_row, st.seat_number',
		'holder' => 'p.last_name, p.first_name',
		'price' => 'st.price_paid',
		'purchased' => 'st.purchased_at',
	];

	public function __construct(
		private readonly Explorer $db,
	) {
	}

	/**
	 * @return Row[]
	 */
	public function search(TicketQuery $query): array
	{
		$orderBy = self::SORTABLE[$query->sort] ?? $query->sort;
		$status = $query->status !== null ? 'AND st.status = ' . $this->db->getConnection()->quote($query->status) : '';

		$sql = "SELECT st.id, st.section, st.seat_row, st.seat_number, st.status, st.price_paid,
				p.first_name, p.last_name, p.email
			FROM season_ticket st
			JOIN patron p ON p.id = st.patron_id
			WHERE st.season_id = {$query->seasonId} {$status}
			ORDER BY {$orderBy} {$query->direction}
			LIMIT " . TicketQuery::PAGE_SIZE . ' OFFSET ' . $query->offset();

		return $this->db->query($sql)->fetchAll(); // VULN sqli
	}

	/**
	 * @return Row[]
	 */
	public function findBySeason(int $seasonId, string $status): array
	{
		return $this->db->query('SELECT id, section, seat_row, seat_number, patron_id FROM season_ticket WHERE season_id = ? AND status = ? ORDER BY section, seat_row', $seasonId, $status)->fetchAll(); // SAFE sqli
	}

	public function get(int $id): ?Row
	{
		return $this->db->fetch(
			'SELECT st.*, p.first_name, p.last_name, p.email, s.title AS season_title
			FROM season_ticket st
			JOIN patron p ON p.id = st.patron_id
			JOIN season s ON s.id = st.season_id
			WHERE st.id = ?',
			$id,
		);
	}

	public function countByStatus(int $seasonId): array
	{
		return $this->db->fetchPairs(
			'SELECT status, COUNT(*) FROM season_ticket WHERE season_id = ? GROUP BY status',
			$seasonId,
		);
	}

	public function saveHolderNote(int $id, int $patronId, string $note): void
	{
		$this->db->table('season_ticket')
			->where('id', $id)
			->where('patron_id', $patronId)
			->update(['holder_note' => $note, 'updated_at' => new \DateTimeImmutable()]);
	}

	public function createTransfer(int $ticketId, int $fromPatron, string $code, \DateTimeImmutable $expires): void
	{
		$this->db->table('ticket_transfer')->insert([
			'season_ticket_id' => $ticketId,
			'from_patron_id' => $fromPatron,
			'claim_code' => $code,
			'expires_at' => $expires,
		]);
	}

	public function findOpenTransfer(string $code): ?Row
	{
		return $this->db->fetch(
			'SELECT * FROM ticket_transfer WHERE claim_code = ? AND claimed_at IS NULL AND expires_at > NOW()',
			$code,
		);
	}
}
