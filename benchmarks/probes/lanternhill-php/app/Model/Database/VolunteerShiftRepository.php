<?php

declare(strict_types=1);

namespace Lanternhill\Model\Database;

use Nette\Database\Explorer;
use Nette\Database\Row;
use Nette\Database\Table\ActiveRow;

final class VolunteerShiftRepository
{
	public function __construct(
		private readonly Explorer $db,
	) {
	}

	/**
	 * @return Row[]
	 */
	public function upcomingForVolunteer(int $volunteerId): array
	{
		return $this->db->fetchAll(
			'SELECT sh.*, pr.title AS production_title
			FROM volunteer_shift sh
			JOIN production pr ON pr.id = sh.production_id
			WHERE sh.volunteer_id = ? AND sh.starts_at >= NOW()
			ORDER BY sh.starts_at',
			$volunteerId,
		);
	}

	/**
	 * @param int[] $shiftIds
	 * @return Row[]
	 */
	public function findMany(array $shiftIds): array
	{
		return $this->db->query('SELECT id, role, starts_at, ends_at, notes FROM volunteer_shift WHERE id IN ?', $shiftIds)->fetchAll(); // SAFE sqli
	}

	/**
	 * Open shifts matching the roles the volunteer ticked on their profile.
	 * Preferred roles are stored as a comma separated list on the profile.
	 *
	 * @return Row[]
	 */
	public function openShiftsForRoles(string $preferredRoles, int $productionId): array
	{
		$roles = implode(',', array_map(
			static fn(string $r): string => "'" . trim($r) . "'",
			explode(',', $preferredRoles),
		));

		return $this->db->query("SELECT id, role, starts_at, ends_at FROM volunteer_shift WHERE volunteer_id IS NULL AND production_id = " . $productionId . " AND role IN ($roles) ORDER BY starts_at")->fetchAll(); // VULN sqli
	}

	public function addNote(int $shiftId, int $volunteerId, string $body): void
	{
		$this->db->table('volunteer_shift')
			->where('id', $shiftId)
			->update([
				'notes' => $body,
				'notes_by' => $volunteerId,
				'notes_at' => new \DateTimeImmutable(),
			]);
	}

	public function getProfile(int $volunteerId): ?ActiveRow
	{
		return $this->db->table('volunteer')->get($volunteerId);
	}

	public function saveProfile(int $volunteerId, array $values): void
	{
		$this->db->table('volunteer')->where('id', $volunteerId)->update($values);
	}

	public function partnerVenue(int $venueId): ?ActiveRow
	{
		return $this->db->table('partner_venue')->get($venueId);
	}

	public function savePartnerCalendarUrl(int $venueId, string $url): void
	{
		$this->db->table('partner_venue')->where('id', $venueId)->update([
			'calendar_url' => $url,
			'calendar_updated_at' => new \DateTimeImmutable(),
		]);
	}

	public function replaceBlackouts(int $venueId, array $events): void
	{
		$this->db->transaction(function (Explorer $db) use ($venueId, $events): void {
			$db->table('venue_blackout')->where('partner_venue_id', $venueId)->delete();
			foreach ($events as $event) {
				$db->table('venue_blackout')->insert([
					'partner_venue_id' => $venueId,
					'starts_at' => $event['start'],
					'ends_at' => $event['end'],
					'summary' => mb_substr($event['summary'], 0, 200),
				]);
			}
		});
	}
}
