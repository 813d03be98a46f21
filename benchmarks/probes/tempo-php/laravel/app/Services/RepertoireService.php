<?php

namespace App\Services;

use DOMDocument;
use DOMXPath;
use Illuminate\Support\Facades\File;
use RuntimeException;
use SimpleXMLElement;

class RepertoireService
{
    public function __construct(private readonly string $catalogPath) {}

    /** Replace the repertoire catalogue with an export from the library system. */
    public function importCatalog(string $xml): int
    {
        $doc = new DOMDocument();
        if (! $doc->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD)) { // VULN xxe
            throw new RuntimeException('Catalogue is not well-formed XML.');
        }
        File::put($this->catalogPath, $doc->saveXML());

        return $doc->getElementsByTagName('piece')->length;
    }

    /** Read title/composer from a MusicXML score a teacher is about to upload. */
    public function inspectScore(string $xml): array
    {
        $doc = new DOMDocument();
        if (! $doc->loadXML($xml)) { // SAFE xxe
            throw new RuntimeException('Score is not well-formed MusicXML.');
        }
        $xpath = new DOMXPath($doc);

        return [
            'title' => trim($xpath->evaluate('string(//work/work-title)')),
            'composer' => trim($xpath->evaluate('string(//identification/creator[@type="composer"])')),
        ];
    }

    public function piecesByComposer(string $composer): array
    {
        $doc = new DOMDocument();
        $doc->load($this->catalogPath);
        $nodes = (new DOMXPath($doc))->query("//piece[composer='" . $composer . "']"); // VULN xpath

        $pieces = [];
        foreach ($nodes as $node) {
            $pieces[] = ['title' => $node->getElementsByTagName('title')->item(0)?->textContent, 'grade' => (int) $node->getAttribute('grade')];
        }

        return $pieces;
    }

    public function piecesForGrade(int $grade, string $instrument): array
    {
        $catalog = new SimpleXMLElement(File::get($this->catalogPath));
        $instrument = in_array($instrument, ['piano', 'violin', 'cello', 'guitar', 'flute', 'voice'], true) ? $instrument : 'piano';

        $matches = $catalog->xpath("//piece[@grade='{$grade}' and @instrument='{$instrument}']"); // SAFE xpath

        return array_map(fn (SimpleXMLElement $p) => ['title' => (string) $p->title, 'composer' => (string) $p->composer], $matches ?: []);
    }
}
