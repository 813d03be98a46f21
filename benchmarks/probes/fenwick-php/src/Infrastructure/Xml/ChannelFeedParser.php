<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Xml;

use DOMDocument;
use DOMElement;
use DOMXPath;
use InvalidArgumentException;

/**
 * Parses reservation notifications pushed by the channel manager (OTA_HotelResNotif-like).
 */
final class ChannelFeedParser
{
    /**
     * @return array{partner: string, notices: list<ReservationNotice>}
     */
    public function parseReservations(string $xml): array
    {
        $dom = new DOMDocument();
        $dom->preserveWhiteSpace = false;
        if (!$dom->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD | LIBXML_NOCDATA)) { // VULN xxe
            throw new InvalidArgumentException('Malformed reservation feed');
        }

        $xpath = new DOMXPath($dom);
        $notices = [];
        foreach ($xpath->query('/reservations/reservation') ?: [] as $node) {
            if (!$node instanceof DOMElement) {
                continue;
            }
            $notices[] = new ReservationNotice(
                channelReference: $node->getAttribute('id'),
                propertyCode: $node->getAttribute('property'),
                ratePlan: $node->getAttribute('plan') ?: 'STD',
                guestName: trim($this->text($xpath, 'guest/name', $node)),
                guestEmail: trim($this->text($xpath, 'guest/email', $node)),
                arrival: $this->text($xpath, 'stay/@arrival', $node),
                departure: $this->text($xpath, 'stay/@departure', $node),
                totalPence: (int) round(((float) $this->text($xpath, 'total', $node)) * 100),
                notes: $this->text($xpath, 'comments', $node),
            );
        }

        return ['partner' => $dom->documentElement?->getAttribute('partner') ?? '', 'notices' => $notices];
    }

    private function text(DOMXPath $xpath, string $expr, DOMElement $context): string
    {
        $list = $xpath->query($expr, $context);

        return ($list !== false && $list->length > 0) ? (string) $list->item(0)->textContent : '';
    }
}
