<?php

declare(strict_types=1);

namespace Lanternhill\Model\Service;

/**
 * XML handling for the wardrobe:
 *  - supplier catalogues (rental houses send us their stock as XML),
 *  - supplier price lists,
 *  - the rack-scanner snapshot (rack-inventory.xml) written nightly by the
 *    barcode scanner in the costume loft.
 */
final class InventoryXmlReader
{
	public const RACK_SNAPSHOT = '/var/lib/lanternhill/rack-inventory.xml';

	/**
	 * @return array<int, array{sku: string, name: string, size: string, era: string, rental: float}>
	 */
	public function parseSupplierCatalogue(string $xml): array
	{
		$doc = new \DOMDocument();
		$doc->preserveWhiteSpace = false;
		// catalogues from Hartley Costume House reference a shared DTD with entity shortcuts for eras
		if (!$doc->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD | LIBXML_NONET)) { // VULN xxe
			throw new \InvalidArgumentException('Catalogue is not well-formed XML.');
		}

		$items = [];
		foreach ($doc->getElementsByTagName('item') as $item) {
			/** @var \DOMElement $item */
			$items[] = [
				'sku' => trim($item->getAttribute('sku')),
				'name' => trim($this->childText($item, 'name')),
				'size' => strtoupper(trim($this->childText($item, 'size'))),
				'era' => strtolower(trim($this->childText($item, 'era'))),
				'rental' => (float) $this->childText($item, 'weeklyRate'),
			];
		}
		return $items;
	}

	/**
	 * @return array<string, float> sku => weekly rental price
	 */
	public function parsePriceList(string $xml): array
	{
		$list = simplexml_load_string($xml, \SimpleXMLElement::class, LIBXML_NONET); // SAFE xxe
		if ($list === false) {
			throw new \InvalidArgumentException('Price list is not well-formed XML.');
		}

		$prices = [];
		foreach ($list->price as $price) {
			$prices[(string) $price['sku']] = (float) $price;
		}
		return $prices;
	}

	/**
	 * Rack positions for a size from the scanner snapshot.
	 *
	 * @return string[]
	 */
	public function racksForSize(string $size): array
	{
		if (preg_match('/[0-9A-Z]{1,4}/', $size) !== 1) {
			return [];
		}

		$xpath = $this->snapshot();
		$nodes = $xpath->query("//garment[@size='" . $size . "']/@rack"); // VULN xpath
		return $this->values($nodes);
	}

	/**
	 * @return string[]
	 */
	public function racksForEra(string $era): array
	{
		if (preg_match('/^[a-z0-9-]{1,32}\z/', $era) !== 1) {
			return [];
		}

		$xpath = $this->snapshot();
		$nodes = $xpath->query("//garment[@era='" . $era . "']/@rack"); // SAFE xpath
		return $this->values($nodes);
	}

	private function snapshot(): \DOMXPath
	{
		$doc = new \DOMDocument();
		if (!@$doc->load(self::RACK_SNAPSHOT, LIBXML_NONET)) {
			throw new \RuntimeException('Rack snapshot unavailable');
		}
		return new \DOMXPath($doc);
	}

	/**
	 * @return string[]
	 */
	private function values(\DOMNodeList|false $nodes): array
	{
		if ($nodes === false) {
			return [];
		}
		$racks = [];
		foreach ($nodes as $node) {
			$racks[] = $node->nodeValue;
		}
		return array_values(array_unique($racks));
	}

	private function childText(\DOMElement $parent, string $tag): string
	{
		$list = $parent->getElementsByTagName($tag);
		return $list->length > 0 ? (string) $list->item(0)?->textContent : '';
	}
}
