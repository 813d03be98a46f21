<?php

declare(strict_types=1);

namespace Fenwick\Messenger\Handler;

use Doctrine\DBAL\Connection;
use Fenwick\Domain\Cottage\CottageService;
use Fenwick\Infrastructure\Http\CalendarFeedClient;
use Fenwick\Messenger\Message\SyncOwnerCalendar;
use GuzzleHttp\Exception\GuzzleException;
use Psr\Log\LoggerInterface;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class SyncOwnerCalendarHandler
{
    public function __construct(
        private readonly CottageService $cottages,
        private readonly CalendarFeedClient $feeds,
        private readonly Connection $connection,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function __invoke(SyncOwnerCalendar $message): void
    {
        $cottage = $this->cottages->byId($message->cottageId);
        if ($cottage === null || $cottage->calendarUrl === null || $cottage->ownerId !== $message->requestedByOwnerId) {
            $this->logger->info('Calendar sync skipped', ['cottage' => $message->cottageId]);

            return;
        }

        try {
            $ics = $this->feeds->download($cottage->calendarUrl);
        } catch (GuzzleException $e) {
            $this->logger->warning('Calendar feed unreachable', ['cottage' => $cottage->id, 'error' => $e->getMessage()]);
            $this->connection->update('cottages', ['calendar_error' => substr($e->getMessage(), 0, 500)], ['id' => $cottage->id]);

            return;
        }

        $blocks = $this->feeds->parseBlockedDates($ics);

        $this->connection->transactional(function (Connection $conn) use ($cottage, $blocks): void {
            $conn->delete('calendar_blocks', ['cottage_id' => $cottage->id, 'source' => 'ical']);
            foreach ($blocks as $block) {
                if ($block['start'] === '' || $block['end'] === '') {
                    continue;
                }
                $conn->insert('calendar_blocks', [
                    'cottage_id' => $cottage->id,
                    'source' => 'ical',
                    'starts_on' => $block['start'],
                    'ends_on' => $block['end'],
                    'summary' => mb_substr($block['summary'], 0, 120),
                ]);
            }
            $conn->update('cottages', ['calendar_synced_at' => date('Y-m-d H:i:s'), 'calendar_error' => null], ['id' => $cottage->id]);
        });
    }
}
