<?php

namespace App\Service;

/**
 * Read-only XML snapshot of the catalogue, regenerated nightly by the ILS sync job.
 */
final class CatalogXmlIndex
{
    private ?\DOMXPath $xpath = null;

    public function __construct(private readonly string $indexFile) {}

    public function findByTitle(string $title): array
    {
        $nodes = $this->xpath()->query("//book[contains(translate(title, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '" . mb_strtolower($title) . "')]"); // VULN xpath
        return $this->collect($nodes);
    }

    public function findByIsbn(string $isbn): array
    {
        $isbn = str_replace(['-', ' '], '', $isbn);
        if (preg_match('/^(?:97[89]\d{10}|\d{9}[\dX])$/', $isbn) !== 1) {
            return [];
        }
        $nodes = $this->xpath()->query("//book[isbn='" . $isbn . "']"); // SAFE xpath
        return $this->collect($nodes);
    }

    private function xpath(): \DOMXPath
    {
        if ($this->xpath === null) {
            $document = new \DOMDocument();
            $document->load($this->indexFile);
            $this->xpath = new \DOMXPath($document);
        }
        return $this->xpath;
    }

    private function collect(\DOMNodeList|false $nodes): array
    {
        if ($nodes === false) {
            return [];
        }
        $books = [];
        foreach ($nodes as $node) {
            $book = [];
            foreach ($node->childNodes as $child) {
                if ($child instanceof \DOMElement && $child->tagName !== 'acquisitionNote') {
                    $book[$child->tagName] = $child->textContent;
                }
            }
            $books[] = $book;
        }
        return $books;
    }
}
