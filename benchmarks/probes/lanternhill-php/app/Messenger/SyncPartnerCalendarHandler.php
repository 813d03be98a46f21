<?php

declare(strict_types=1);

namespace Lanternhill\Messenger;

use Lanternhill\Model\Database\VolunteerShiftRepository;
use Lanternhill\Model\Service\PartnerCalendarClient;
use Psr\Log\LoggerInterface;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class SyncPartnerCalendarHandler
{
	public function __construct(
		private readonly VolunteerShiftRepository $shifts,
		private readonly PartnerCalendarClient $client,
		private readonly LoggerInterface $logger,
	) {
	}

	public function __invoke(SyncPartnerCalendarMessage $message): void
	{
		$venue = $this->shifts->partnerVenue($message->partnerVenueId);
		if ($venue === null || $venue->calendar_url === null) {
			return;
		}

		try {
			$events = $this->client->fetchBlackouts((string) $venue->calendar_url);
		} catch (\RuntimeException $e) {
			$this->logger->warning('Partner calendar sync failed', ['venue' => $venue->id, 'error' => $e->getMessage()]);
			return;
		}

		$from = $message->from->format('Y-m-d H:i:s');
		$until = $message->until->format('Y-m-d H:i:s');
		$inWindow = array_filter(
			$events,
			static fn(array $ev): bool => $ev['start'] >= $from && $ev['start'] <= $until,
		);

		$this->shifts->replaceBlackouts((int) $venue->id, array_values($inWindow));
		$this->logger->info('Partner calendar synced', ['venue' => $venue->id, 'events' => count($inWindow)]);
	}
}
