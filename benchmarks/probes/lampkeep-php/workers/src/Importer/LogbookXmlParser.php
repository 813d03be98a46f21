<?php

declare(strict_types=1);

namespace Lampkeep\Worker\Importer;

/**
 * Parses one day's logbook transcription.
 *
 *   <logbook station="Skerryvore" volume="14">
 *     <entry date="1881-01-14">
 *       <keeper>Donald Campbell</keeper>
 *       <weather>Heavy squalls, rain</weather>
 *       <wind>WSW 9</wind>
 *       <summary>Gallery rail damaged by sea</summary>
 *       <text><p>At 2 am a heavy sea struck the tower ...</p></text>
 *     </entry>
 *   </logbook>
 *
 * Transcribers use a shared set of entity declarations for period
 * abbreviations (&Do; for "ditto", &Lt; for "lighted", ...), so the DTD in
 * each file is honoured.
 */
final class LogbookXmlParser
{
    private const TRANSCRIPT_TAGS = ['p', 'br', 'em', 'strong', 'u', 'sup', 'del', 'ins'];

    /**
     * @return list<array{station: string, keeper: string, logged_on: string, weather: string, wind: string, summary: string, transcript: string}>
     */
    public function parse(string $xml, string $defaultStation): array
    {
        $doc = new \DOMDocument();
        $previous = libxml_use_internal_errors(true);
        $loaded = $doc->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD | LIBXML_NONET); // VULN xxe
        libxml_clear_errors();
        libxml_use_internal_errors($previous);
        if (!$loaded || $doc->documentElement === null) {
            throw new \UnexpectedValueException('Logbook XML could not be parsed');
        }

        $root = $doc->documentElement;
        $station = trim($root->getAttribute('station')) ?: $defaultStation;
        $entries = [];
        foreach ($root->getElementsByTagName('entry') as $node) {
            $date = $node->getAttribute('date');
            if (!preg_match('/^\d{4}-\d{2}-\d{2}$/', $date)) {
                continue;
            }
            $entries[] = [
                'station' => $station,
                'keeper' => $this->text($node, 'keeper'),
                'logged_on' => $date,
                'weather' => $this->text($node, 'weather'),
                'wind' => $this->text($node, 'wind'),
                'summary' => mb_substr($this->text($node, 'summary'), 0, 255),
                'transcript' => $this->transcriptHtml($doc, $node),
            ];
        }

        return $entries;
    }

    private function text(\DOMElement $entry, string $tag): string
    {
        $node = $entry->getElementsByTagName($tag)->item(0);

        return $node ? trim(preg_replace('/\s+/', ' ', $node->textContent)) : '';
    }

    /**
     * Keeps the transcribers' light formatting (paragraphs, underlining,
     * superscript abbreviations) for display on the archive page.
     */
    private function transcriptHtml(\DOMDocument $doc, \DOMElement $entry): string
    {
        $text = $entry->getElementsByTagName('text')->item(0);
        if ($text === null) {
            return '';
        }
        $html = '';
        foreach ($text->childNodes as $child) {
            if ($child instanceof \DOMElement && !in_array(strtolower($child->tagName), self::TRANSCRIPT_TAGS, true)) {
                $html .= htmlspecialchars($child->textContent, ENT_QUOTES);
                continue;
            }
            $html .= $doc->saveXML($child);
        }

        return trim($html);
    }
}
