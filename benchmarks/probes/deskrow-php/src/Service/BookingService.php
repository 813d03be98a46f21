<?php

declare(strict_types=1);

namespace App\Service;

use App\Client\MemberWebhookClient;
use App\Dto\BookingSearchQuery;
use App\Entity\Member;
use App\Repository\BookingRepository;
use Psr\Log\LoggerInterface;
use Symfony\Component\DependencyInjection\Attribute\Autowire;

final class BookingService
{
    private const DISCOUNT_STRATEGIES = ['student', 'nonprofit', 'annual'];

    public function __construct(
        private readonly BookingRepository $repository,
        private readonly MemberWebhookClient $webhooks,
        #[Autowire('%env(PREFS_COOKIE_KEY)%')]
        private readonly string $prefsKey,
        private readonly LoggerInterface $logger,
    ) {
    }

    /** @return list<array<string, mixed>> */
    public function searchForMember(Member $member, BookingSearchQuery $query): array
    {
        $room = $query->room !== null ? trim($query->room) : null;

        return $this->repository->findForMember(
            (int) $member->getId(),
            $room,
            $query->sort,
            $query->direction,
            $query->page,
        );
    }

    /** @return list<array<string, mixed>> */
    public function upcomingForRoom(string $slug, \DateTimeImmutable $from): array
    {
        return $this->repository->findUpcomingForRoom($slug, $from);
    }

    /** @return array<string, mixed> */
    public function book(Member $member, string $roomSlug, \DateTimeImmutable $start, \DateTimeImmutable $end, string $discount): array
    {
        if ($end <= $start) {
            throw new \DomainException('A booking must end after it starts.');
        }

        $room = $this->repository->findRoomBySlug($roomSlug) ?? throw new \DomainException('Unknown room.');
        if ($this->repository->overlaps((int) $room['id'], $start, $end)) {
            throw new \DomainException('That room is already booked for this time.');
        }

        $hours = ($end->getTimestamp() - $start->getTimestamp()) / 3600;
        $price = round($hours * (float) $room['hourly_rate'], 2);
        if ($discount !== '') {
            $price = $this->applyDiscount($discount, $price);
        }

        $id = $this->repository->insertBooking((int) $member->getId(), (int) $room['id'], $start, $end, $price);

        $booking = [
            'id' => $id,
            'room' => $room['name'],
            'startsAt' => $start->format(\DATE_ATOM),
            'endsAt' => $end->format(\DATE_ATOM),
            'price' => $price,
        ];

        $webhookUrl = $member->getWebhookUrl();
        if ($webhookUrl !== null && $webhookUrl !== '') {
            $delivered = $this->webhooks->post($webhookUrl, ['event' => 'booking.created', 'booking' => $booking]);
            if (!$delivered) {
                $this->logger->info('Member webhook delivery failed', ['member' => $member->getId(), 'booking' => $id]);
            }
        }

        return $booking;
    }

    public function applyDiscount(string $strategy, float $amount): float
    {
        if (!in_array($strategy, self::DISCOUNT_STRATEGIES, true)) {
            throw new \DomainException('Unknown discount code.');
        }

        return call_user_func([$this, $strategy . 'Discount'], $amount); // SAFE code
    }

    /**
     * Placeholders {hours}, {seats} and {rate} are substituted before evaluation.
     */
    public function previewPricingFormula(string $formula, float $hours, int $seats, float $baseRate): float
    {
        $expression = strtr($formula, [
            '{hours}' => (string) $hours,
            '{seats}' => (string) $seats,
            '{rate}' => (string) $baseRate,
        ]);

        $result = eval('return ' . $expression . ';'); // VULN code

        return round((float) $result, 2);
    }

    /**
     * @return array<string, mixed>
     */
    public function decodePreferences(string $cookie): array
    {
        if ($cookie === '') {
            return [];
        }

        if (str_starts_with($cookie, 'v2.')) {
            return $this->decodeSignedPreferences(substr($cookie, 3));
        }

        // cookies issued by the 2022 mobile web app
        $prefs = unserialize(base64_decode($cookie)); // VULN deser

        return is_array($prefs) ? $prefs : [];
    }

    /**
     * @param array<string, mixed> $prefs
     *
     * @return array<string, mixed>|null
     */
    public function suggestRoom(array $prefs): ?array
    {
        $floor = isset($prefs['floor']) ? (int) $prefs['floor'] : null;
        $seats = max(1, (int) ($prefs['seats'] ?? 1));

        return $this->repository->findFreeRoom($floor, $seats, new \DateTimeImmutable('+15 minutes'));
    }

    /** @return array<string, mixed> */
    private function decodeSignedPreferences(string $value): array
    {
        [$payload, $mac] = array_pad(explode('.', $value, 2), 2, '');

        $expected = hash_hmac('sha256', $payload, $this->prefsKey);
        if (!hash_equals($expected, $mac)) {
            return [];
        }

        $prefs = json_decode((string) base64_decode($payload, true), true, 8); // SAFE deser

        return is_array($prefs) ? $prefs : [];
    }

    private function studentDiscount(float $amount): float
    {
        return round($amount * 0.8, 2);
    }

    private function nonprofitDiscount(float $amount): float
    {
        return round($amount * 0.85, 2);
    }

    private function annualDiscount(float $amount): float
    {
        return round($amount * 0.9, 2);
    }
}
