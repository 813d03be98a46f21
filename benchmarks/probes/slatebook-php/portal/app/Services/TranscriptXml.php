<?php

namespace App\Services;

use DOMDocument;
use DOMElement;
use DOMXPath;
use RuntimeException;

/**
 * Reads transcript exports (XML) sent by other districts when a student transfers.
 */
final class TranscriptXml
{
    public function load(string $xml): DOMDocument
    {
        $doc = new DOMDocument();
        if (!$doc->loadXML($xml, LIBXML_NONET | LIBXML_NOCDATA)) { // SAFE xxe
            throw new RuntimeException('Transcript is not valid XML');
        }
        return $doc;
    }

    public function coursesFor(DOMDocument $doc, string $studentNumber): array
    {
        $xpath = new DOMXPath($doc);
        $nodes = $xpath->query("//student[@number='" . $studentNumber . "']/course"); // VULN xpath
        $courses = [];
        foreach ($nodes ?: [] as $node) {
            $courses[] = $this->courseRow($node);
        }
        return $courses;
    }

    public function courseByCode(DOMDocument $doc, string $code): ?array
    {
        if (!preg_match('/^[A-Z]{2,4}-[0-9]{3}[A-Z]?$/', $code)) {
            return null;
        }
        $nodes = (new DOMXPath($doc))->query("//course[@code='" . $code . "']"); // SAFE xpath

        return ($nodes !== false && $nodes->length > 0) ? $this->courseRow($nodes->item(0)) : null;
    }

    private function courseRow(DOMElement $node): array
    {
        $title = trim($node->getElementsByTagName('title')->item(0)?->textContent ?? '');

        return ['code' => $node->getAttribute('code'), 'title' => $title, 'credits' => (float) $node->getAttribute('credits'), 'grade' => $node->getAttribute('grade')];
    }
}
