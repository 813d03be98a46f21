<?php

namespace App\Import;

final class BibliographicXmlReader
{
    private const MARC_NS = 'http://www.loc.gov/MARC21/slim';

    public function parseMarc(string $xml): array
    {
        $document = new \DOMDocument();
        if (!$document->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD)) { // VULN xxe
            throw new \InvalidArgumentException('Not a MARCXML document');
        }
        $xpath = new \DOMXPath($document);
        $xpath->registerNamespace('marc', self::MARC_NS);
        $records = [];
        foreach ($xpath->query('//marc:record') as $record) {
            $records[] = [
                'isbn' => $this->subfield($xpath, $record, '020', 'a'),
                'title' => $this->subfield($xpath, $record, '245', 'a'),
                'author' => $this->subfield($xpath, $record, '100', 'a'),
            ];
        }
        return $records;
    }

    public function parseOnix(string $xml): array
    {
        $feed = simplexml_load_string($xml, \SimpleXMLElement::class, LIBXML_NONET); // SAFE xxe
        if ($feed === false) {
            throw new \InvalidArgumentException('Not an ONIX feed');
        }
        $products = [];
        foreach ($feed->Product as $product) {
            $products[] = [
                'isbn' => (string) $product->ProductIdentifier->IDValue,
                'title' => (string) $product->DescriptiveDetail->TitleDetail->TitleElement->TitleText,
                'publisher' => (string) $product->PublishingDetail->Publisher->PublisherName,
            ];
        }
        return $products;
    }

    private function subfield(\DOMXPath $xpath, \DOMNode $record, string $tag, string $code): ?string
    {
        $nodes = $xpath->query(sprintf('marc:datafield[@tag="%s"]/marc:subfield[@code="%s"]', $tag, $code), $record);
        return $nodes !== false && $nodes->length > 0 ? trim($nodes->item(0)->textContent) : null;
    }
}
