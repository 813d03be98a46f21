<?php

declare(strict_types=1);

namespace Fenwick\Domain\Booking;

use Fenwick\Infrastructure\Persistence\BookingRepository;
use Fenwick\Infrastructure\Security\AccessCodeGenerator;
use Fenwick\Infrastructure\Xml\AvailabilityXmlReader;
use Fenwick\Infrastructure\Xml\ChannelFeedParser;
use Fenwick\Infrastructure\Xml\ChannelMapping;
use InvalidArgumentException;
use Psr\Log\LoggerInterface;

final class ChannelImportService
{
    public function __construct(
        private readonly ChannelFeedParser $parser,
        private readonly AvailabilityXmlReader $availability,
        private readonly ChannelMapping $mapping,
        private readonly BookingRepository $bookings,
        private readonly AccessCodeGenerator $codes,
        private readonly LoggerInterface $logger,
        private readonly array $partnerKeys,
    ) {
    }

    /**
     * @return array{imported: int, skipped: int}
     */
    public function importReservations(string $xml, string $signature): array
    {
        $feed = $this->parser->parseReservations($xml);

        $key = $this->partnerKeys[$feed['partner']] ?? null;
        if ($key === null || !hash_equals(hash_hmac('sha256', $xml, $key), strtolower($signature))) {
            throw new InvalidArgumentException('Feed signature does not match');
        }

        $imported = 0;
        $skipped = 0;

        foreach ($feed['notices'] as $notice) {
            $target = $this->mapping->cottageForProperty($notice->propertyCode);
            if ($target === null) {
                $this->logger->warning('Unmapped channel property', ['code' => $notice->propertyCode]);
                $skipped++;
                continue;
            }

            try {
                $plan = $this->mapping->ratePlan($notice->ratePlan);
            } catch (InvalidArgumentException) {
                $skipped++;
                continue;
            }

            $this->bookings->insertChannelBooking([
                'reference' => $this->codes->bookingReference(),
                'channel_reference' => $notice->channelReference,
                'cottage_id' => $target['cottage_id'],
                'guest_name' => $notice->guestName,
                'guest_email' => strtolower($notice->guestEmail),
                'arrival' => $notice->arrival,
                'departure' => $notice->departure,
                'total_pence' => $notice->totalPence,
                'commission_pct' => $target['commission'],
                'refundable' => $plan['refundable'] ? 1 : 0,
                'special_requests' => $notice->notes,
                'status' => 'confirmed',
            ]);
            $imported++;
        }

        return ['imported' => $imported, 'skipped' => $skipped];
    }

    /**
     * @return array<string, list<string>>
     */
    public function readAvailability(string $xml): array
    {
        return $this->availability->closedDates($xml);
    }
}
