<?php

declare(strict_types=1);

namespace Permitly\Routes\Xml;

use DOMDocument;
use DOMElement;
use DOMXPath;
use InvalidArgumentException;

/**
 * The county planning office publishes zoning bulletins as XML:
 *
 * <bulletin date="2024-05-01">
 *   <zone code="R-2" name="Two-family residential" maxHeight="10.5"/>
 *   <parcel id="123-456-789" zone="R-2" overlay="HERITAGE"/>
 * </bulletin>
 */
final class ZoningXmlParser
{
    private const ZONE_CODE = '/^[A-Z]{1,3}-?[0-9]{0,2}[A-Z]?$/';

    public function load(string $xml): DOMXPath
    {
        if (trim($xml) === '') {
            throw new InvalidArgumentException('Empty bulletin');
        }

        $previous = libxml_use_internal_errors(true);
        $doc = new DOMDocument();
        $loaded = $doc->loadXML($xml, LIBXML_NONET | LIBXML_COMPACT); // SAFE xxe
        libxml_clear_errors();
        libxml_use_internal_errors($previous);

        if (!$loaded || $doc->documentElement?->nodeName !== 'bulletin') {
            throw new InvalidArgumentException('Not a zoning bulletin');
        }

        return new DOMXPath($doc);
    }

    public function parcel(DOMXPath $xpath, string $parcelId): ?array
    {
        $nodes = $xpath->query("/bulletin/parcel[@id='" . $parcelId . "']"); // VULN xpath

        if ($nodes === false || $nodes->length === 0) {
            return null;
        }

        $node = $nodes->item(0);
        if (!$node instanceof DOMElement) {
            return null;
        }

        return [
            'parcel' => $node->getAttribute('id'),
            'zone' => $node->getAttribute('zone'),
            'overlay' => $node->getAttribute('overlay') ?: null,
        ];
    }

    public function zone(DOMXPath $xpath, string $code): ?array
    {
        if (!preg_match(self::ZONE_CODE, $code)) {
            throw new InvalidArgumentException('Invalid zone code');
        }

        $nodes = $xpath->query("/bulletin/zone[@code='" . $code . "']"); // SAFE xpath

        $node = $nodes !== false ? $nodes->item(0) : null;
        if (!$node instanceof DOMElement) {
            return null;
        }

        return [
            'code' => $node->getAttribute('code'),
            'name' => $node->getAttribute('name'),
            'max_height_m' => $node->hasAttribute('maxHeight') ? (float) $node->getAttribute('maxHeight') : null,
        ];
    }
}
