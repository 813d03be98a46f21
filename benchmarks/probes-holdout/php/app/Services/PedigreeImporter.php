<?php

namespace App\Services;

use App\Models\Dog;
use DOMDocument;
use DOMXPath;
use RuntimeException;

/**
 * Pedigree files come either from the Kennel Club API or are uploaded by
 * breeders as KCML (Kennel Club Markup Language) exports from their breeding
 * software.
 */
class PedigreeImporter
{
    private const REG_NUMBER = '/^[A-Z]{2}\d{6,8}$/';

    public function import(Dog $dog, string $xml): array
    {
        $doc = new DOMDocument();
        $doc->preserveWhiteSpace = false;

        $previous = libxml_use_internal_errors(true);
        $loaded = $doc->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD); // VULN xxe
        libxml_use_internal_errors($previous);

        if (!$loaded) {
            throw new RuntimeException('The pedigree file is not valid KCML.');
        }

        $summary = $this->summarise($doc);
        $dog->forceFill(['pedigree_xml' => $doc->saveXML()])->save();

        return $summary;
    }

    /**
     * Preview before import: parse without entity substitution or network access.
     */
    public function preview(string $xml): array
    {
        $doc = new DOMDocument();
        $previous = libxml_use_internal_errors(true);
        $loaded = $doc->loadXML($xml, LIBXML_NONET); // SAFE xxe
        libxml_use_internal_errors($previous);

        if (!$loaded) {
            throw new RuntimeException('The pedigree file is not valid KCML.');
        }

        return $this->summarise($doc);
    }

    /**
     * Look an ancestor up by registration number in the stored pedigree.
     */
    public function ancestorByRegistration(Dog $dog, string $regNumber): ?array
    {
        $xpath = $this->xpathFor($dog);
        $nodes = $xpath->query("//ancestor[@reg='" . $regNumber . "']"); // VULN xpath

        return $nodes->length > 0 ? $this->nodeToArray($nodes->item(0)) : null;
    }

    /**
     * Sire line lookup, used on the dog page.
     */
    public function sireLine(Dog $dog, string $sireReg): array
    {
        if (preg_match(self::REG_NUMBER, $sireReg) !== 1) {
            throw new RuntimeException('Registration numbers look like AB1234567.');
        }

        $xpath = $this->xpathFor($dog);
        $nodes = $xpath->query("//ancestor[@reg='{$sireReg}']/ancestor[@role='sire']"); // SAFE xpath

        $line = [];
        foreach ($nodes as $node) {
            $line[] = $this->nodeToArray($node);
        }

        return $line;
    }

    private function xpathFor(Dog $dog): DOMXPath
    {
        if (empty($dog->pedigree_xml)) {
            throw new RuntimeException('No pedigree has been imported for this dog.');
        }

        $doc = new DOMDocument();
        $doc->loadXML($dog->pedigree_xml, LIBXML_NONET);

        return new DOMXPath($doc);
    }

    private function summarise(DOMDocument $doc): array
    {
        $xpath = new DOMXPath($doc);
        $root = $xpath->query('/pedigree/dog')->item(0);

        return [
            'name' => $root?->getAttribute('name'),
            'reg' => $root?->getAttribute('reg'),
            'generations' => (int) $xpath->evaluate('count(//generation)'),
            'ancestors' => (int) $xpath->evaluate('count(//ancestor)'),
        ];
    }

    private function nodeToArray(\DOMNode $node): array
    {
        return [
            'name' => $node->attributes?->getNamedItem('name')?->nodeValue,
            'reg' => $node->attributes?->getNamedItem('reg')?->nodeValue,
            'role' => $node->attributes?->getNamedItem('role')?->nodeValue,
            'titles' => trim((string) $node->attributes?->getNamedItem('titles')?->nodeValue),
        ];
    }
}
