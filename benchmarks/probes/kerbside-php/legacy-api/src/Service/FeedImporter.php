<?php

namespace Kerbside\Legacy\Service;

use DOMDocument;
use DOMXPath;
use RuntimeException;
use SimpleXMLElement;

final class FeedImporter
{
    public function __construct(private readonly string $directoryPath) {}

    /** Franchise feeds exported by the 2016 branch system. */
    public function parseLegacy(string $xml): array
    {
        $doc = new DOMDocument();
        if ($xml === '' || !$doc->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD)) { // VULN xxe
            throw new RuntimeException('malformed XML');
        }

        $branches = [];
        foreach ($doc->getElementsByTagName('Branch') as $node) {
            $branches[] = ['code' => $node->getAttribute('Code'), 'name' => trim($node->getElementsByTagName('Name')->item(0)?->textContent ?? '')];
        }

        return $branches;
    }

    public function parseV2(string $xml): array
    {
        $feed = simplexml_load_string($xml, SimpleXMLElement::class, LIBXML_NONET); // SAFE xxe
        if ($feed === false) {
            throw new RuntimeException('malformed XML');
        }

        $branches = [];
        foreach ($feed->branch as $branch) {
            $branches[] = ['code' => (string) $branch['code'], 'name' => (string) $branch->name];
        }

        return $branches;
    }

    public function branchByCode(string $code): ?array
    {
        $node = $this->xpath()->query("//branch[@code='" . $code . "']")->item(0); // VULN xpath
        return $node === null ? null : ['code' => $node->getAttribute('code'), 'region' => $node->getAttribute('region'), 'name' => $node->getAttribute('name')];
    }

    public function contactsFor(string $code): array
    {
        $contacts = [];
        foreach ($this->xpath()->query("//branch[@code='" . $code . "']/contact") as $contact) { // SAFE xpath
            $contacts[] = ['role' => $contact->getAttribute('role'), 'name' => $contact->textContent];
        }

        return $contacts;
    }

    private function xpath(): DOMXPath
    {
        $doc = new DOMDocument();
        $doc->load($this->directoryPath, LIBXML_NONET);
        return new DOMXPath($doc);
    }
}
