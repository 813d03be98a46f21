<?php

declare(strict_types=1);

namespace Lanternhill\Model\Service;

use Lanternhill\Messenger\SyncPartnerCalendarMessage;
use Lanternhill\Model\Database\VolunteerShiftRepository;
use Symfony\Component\Messenger\MessageBusInterface;

final class VolunteerService
{
	public const ROLES = ['usher', 'concessions', 'box-office', 'wardrobe', 'set-build', 'lighting', 'front-of-house'];

	public function __construct(
		private readonly VolunteerShiftRepository $shifts,
		private readonly VolunteerDirectory $directory,
		private readonly MessageBusInterface $bus,
	) {
	}

	public function upcoming(int $volunteerId): array
	{
		return $this->shifts->upcomingForVolunteer($volunteerId);
	}

	public function profile(int $volunteerId): ?\Nette\Database\Table\ActiveRow
	{
		return $this->shifts->getProfile($volunteerId);
	}

	public function openShiftsFor(int $volunteerId, int $productionId): array
	{
		$profile = $this->shifts->getProfile($volunteerId);
		$preferred = (string) ($profile?->preferred_roles ?? '');
		if ($preferred === '') {
			$preferred = implode(',', self::ROLES);
		}
		return $this->shifts->openShiftsForRoles($preferred, $productionId);
	}

	/**
	 * @param string[]|string $roles
	 */
	public function updateProfile(int $volunteerId, array|string $roles, string $bio, ?string $website): void
	{
		if (is_array($roles)) {
			$roles = implode(',', $roles);
		}

		$this->shifts->saveProfile($volunteerId, [
			'preferred_roles' => mb_substr($roles, 0, 500),
			'bio' => mb_substr(trim($bio), 0, 4000),
			'website' => $website !== null && $website !== '' ? mb_substr($website, 0, 255) : null,
		]);
	}

	public function addShiftNote(int $shiftId, int $volunteerId, string $body): void
	{
		$body = trim($body);
		if ($body === '') {
			return;
		}
		$this->shifts->addNote($shiftId, $volunteerId, $body);
	}

	public function shiftsById(array $ids): array
	{
		$ids = array_values(array_filter(array_map('intval', $ids), static fn(int $id): bool => $id > 0));
		return $ids === [] ? [] : $this->shifts->findMany($ids);
	}

	public function searchDirectoryByEmail(string $email): array
	{
		return $this->directory->findByEmail(trim($email));
	}

	public function searchDirectoryByName(string $name): array
	{
		return $this->directory->findByName(trim($name));
	}

	public function setPartnerCalendar(int $venueId, string $url): void
	{
		if (filter_var($url, FILTER_VALIDATE_URL) === false) {
			throw new \InvalidArgumentException('Please enter a full calendar URL.');
		}
		$this->shifts->savePartnerCalendarUrl($venueId, $url);
	}

	public function scheduleCalendarSync(int $venueId): void
	{
		$from = new \DateTimeImmutable('today');
		$this->bus->dispatch(new SyncPartnerCalendarMessage($venueId, $from, $from->modify('+120 days')));
	}
}
