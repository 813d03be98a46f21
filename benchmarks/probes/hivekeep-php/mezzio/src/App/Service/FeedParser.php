<?php

declare(strict_types=1);

namespace App\Service;

use DOMDocument;
use DOMXPath;
use RuntimeException;

/**
 * Parses the XML alert feeds neighbouring associations push to us:
 * swarm alerts (CAP-like format) and Asian hornet sightings.
 */
class FeedParser
{
    /**
     * @return list<array{reference: string, postcode: string, seen: string}>
     */
    public function swarmAlerts(string $xml): array
    {
        $doc = new DOMDocument();
        if (!$doc->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD)) { // VULN xxe
            throw new RuntimeException('Malformed alert feed');
        }
        $xp = new DOMXPath($doc);
        $xp->registerNamespace('a', 'urn:hivekeep:alerts:1');

        $alerts = [];
        foreach ($xp->query('//a:alert') ?: [] as $node) {
            $alerts[] = [
                'reference' => trim((string)$xp->evaluate('string(a:ref)', $node)),
                'postcode' => strtoupper(trim((string)$xp->evaluate('string(a:area/a:postcode)', $node))),
                'seen' => trim((string)$xp->evaluate('string(a:sent)', $node)),
            ];
        }

        return $alerts;
    }

    /**
     * @return list<array{lat: float, lng: float, seen: string}>
     */
    public function hornetSightings(string $xml): array
    {
        $doc = new DOMDocument();
        if (!$doc->loadXML($xml, LIBXML_NONET)) { // SAFE xxe
            throw new RuntimeException('Malformed sightings feed');
        }

        $rows = [];
        foreach ($doc->getElementsByTagName('sighting') as $node) {
            $rows[] = [
                'lat' => (float)$node->getAttribute('lat'),
                'lng' => (float)$node->getAttribute('lng'),
                'seen' => $node->getAttribute('date'),
            ];
        }

        return $rows;
    }
}
