<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Xml;

use DOMDocument;
use DOMElement;
use InvalidArgumentException;

/**
 * Reads the channel manager's availability/closed-date snapshots.
 */
final class AvailabilityXmlReader
{
    /**
     * @return array<string, list<string>> property code => closed dates (Y-m-d)
     */
    public function closedDates(string $xml): array
    {
        if (stripos($xml, '<!DOCTYPE') !== false) {
            throw new InvalidArgumentException('DTDs are not accepted');
        }

        $dom = new DOMDocument();
        if (!$dom->loadXML($xml, LIBXML_NONET)) { // SAFE xxe
            throw new InvalidArgumentException('Malformed availability feed');
        }

        $result = [];
        foreach ($dom->getElementsByTagName('property') as $property) {
            /** @var DOMElement $property */
            $code = $property->getAttribute('code');
            foreach ($property->getElementsByTagName('closed') as $closed) {
                /** @var DOMElement $closed */
                $date = $closed->getAttribute('date');
                if (preg_match('/^\d{4}-\d{2}-\d{2}$/', $date) === 1) {
                    $result[$code][] = $date;
                }
            }
        }

        return $result;
    }
}
