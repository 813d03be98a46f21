<?php

declare(strict_types=1);

namespace Lampkeep\Worker\Consumer;

use GuzzleHttp\ClientInterface;
use GuzzleHttp\Exception\GuzzleException;
use Lampkeep\Shared\Queue\MessageEnvelope;
use Medoo\Medoo;
use PhpAmqpLib\Message\AMQPMessage;

/**
 * Sends the visitor's confirmation e-mail and notifies the reselling partner,
 * if the booking came through one.
 */
final class BookingConfirmationConsumer
{
    public function __construct(
        private readonly Medoo $db,
        private readonly ClientInterface $partnerClient,
        private readonly string $hmacKey,
        private readonly string $siteUrl
    ) {
    }

    public function handle(AMQPMessage $message): void
    {
        try {
            $envelope = MessageEnvelope::unwrap($message->getBody());
            $booking = $this->db->get('lampkeep_booking', [
                '[>]lampkeep_tour' => ['tour_id' => 'id'],
            ], [
                'lampkeep_booking.id', 'lampkeep_booking.reference', 'lampkeep_booking.tour_date',
                'lampkeep_booking.party_size', 'lampkeep_booking.contact_name', 'lampkeep_booking.contact_email',
                'lampkeep_booking.cancel_token', 'lampkeep_booking.partner_id', 'lampkeep_booking.status',
                'lampkeep_tour.title', 'lampkeep_tour.departs_at',
            ], ['lampkeep_booking.id' => $envelope->int('booking_id')]);

            if (!is_array($booking) || $booking['status'] !== 'confirmed') {
                $message->ack();
                return;
            }

            $this->sendConfirmation($booking);
            if (!empty($booking['partner_id'])) {
                $this->notifyPartner((int) $booking['partner_id'], $booking);
            }
            $message->ack();
        } catch (\Throwable $e) {
            error_log(sprintf('[booking-confirmed] %s', $e->getMessage()));
            $message->nack(false);
        }
    }

    private function sendConfirmation(array $booking): void
    {
        $cancelUrl = sprintf('%s/tours/booking/%d/cancel?token=%s', $this->siteUrl, $booking['id'], $booking['cancel_token']);
        $body = implode("\n", [
            sprintf('Dear %s,', $booking['contact_name']),
            '',
            sprintf('Your booking %s for "%s" on %s (%d people) is confirmed.', $booking['reference'], $booking['title'], $booking['tour_date'], $booking['party_size']),
            sprintf('Departure from the causeway gate at %s. Please check the tide times on our website on the day.', $booking['departs_at']),
            '',
            'If you can no longer come, please cancel so someone else can have your places:',
            $cancelUrl,
            '',
            'Lampkeep Heritage Lighthouse Trust',
        ]);
        mail($booking['contact_email'], 'Your lighthouse tour booking ' . $booking['reference'], $body, ['From' => 'tours@lampkeep.org']);
    }

    private function notifyPartner(int $partnerId, array $booking): void
    {
        $partner = $this->db->get('lampkeep_partner', ['id', 'name', 'callback_url', 'callback_events'], ['id' => $partnerId, 'active' => 1]);
        if (!is_array($partner) || empty($partner['callback_url'])) {
            return;
        }
        if (!in_array('booking.confirmed', explode(',', (string) $partner['callback_events']), true)) {
            return;
        }

        $payload = json_encode([
            'event' => 'booking.confirmed',
            'reference' => $booking['reference'],
            'tour' => $booking['title'],
            'date' => $booking['tour_date'],
            'party_size' => (int) $booking['party_size'],
        ], JSON_THROW_ON_ERROR);

        try {
            $response = $this->partnerClient->request('POST', $partner['callback_url'], ['body' => $payload, 'headers' => ['Content-Type' => 'application/json', 'X-Lampkeep-Signature' => hash_hmac('sha256', $payload, $this->hmacKey)]]); // VULN ssrf
            $status = $response->getStatusCode();
            $excerpt = mb_substr((string) $response->getBody(), 0, 500);
        } catch (GuzzleException $e) {
            $status = 0;
            $excerpt = $e->getMessage();
        }

        $this->db->insert('lampkeep_partner_delivery', [
            'partner_id' => $partnerId,
            'booking_id' => (int) $booking['id'],
            'status_code' => $status,
            'response_excerpt' => $excerpt,
            'delivered_at' => date('Y-m-d H:i:s'),
        ]);
    }
}
