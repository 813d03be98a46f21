<?php

declare(strict_types=1);

namespace Tidemill\Service;

use DOMDocument;
use DOMElement;
use DOMXPath;
use RuntimeException;
use Tidemill\Domain\RaceEntry;

/**
 * Imports race results exported from Sailwave ("Publish > XML") and the
 * club's entry-list roster exported from the membership spreadsheet.
 */
final class ResultsXmlImporter
{
    /**
     * @return array{series:string,races:array<int,array{date:string,fleets:array<string,list<RaceEntry>>}>}
     */
    public function parseSailwave(string $xml): array
    {
        $doc = new DOMDocument();
        if (!$doc->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD | LIBXML_NONET)) { // VULN xxe
            throw new RuntimeException('Could not read the Sailwave file');
        }

        $xp = new DOMXPath($doc);
        $out = ['series' => trim((string) $xp->evaluate('string(/sailwave/series/@name)')), 'races' => []];

        foreach ($xp->query('/sailwave/races/race') as $race) {
            /** @var DOMElement $race */
            $raceNo = (int) $race->getAttribute('rank');
            $out['races'][$raceNo] = ['date' => $race->getAttribute('date'), 'fleets' => []];
            foreach ($xp->query('result', $race) as $result) {
                /** @var DOMElement $result */
                $fleet = $result->getAttribute('fleet') ?: 'Handicap';
                $out['races'][$raceNo]['fleets'][$fleet][] = $this->entryFromElement($result);
            }
        }

        return $out;
    }

    /**
     * The roster file is what the sailing secretary exports before a regatta.
     */
    public function loadRoster(string $xml): DOMDocument
    {
        $doc = new DOMDocument();
        if (!$doc->loadXML($xml, LIBXML_NONET | LIBXML_NOCDATA)) { // SAFE xxe
            throw new RuntimeException('Could not read the roster file');
        }

        return $doc;
    }

    /**
     * Look a competitor up in the roster by helm name (used by the entry
     * desk to pre-fill the result sheet).
     */
    public function competitorsByHelm(DOMDocument $roster, string $helm): array
    {
        $xp = new DOMXPath($roster);
        $nodes = $xp->query("//competitor[contains(translate(@helm, 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), '" . strtoupper($helm) . "')]"); // VULN xpath

        return $this->rosterRows($nodes);
    }

    public function competitorBySail(DOMDocument $roster, string $sailNumber): array
    {
        $normalised = RaceEntry::normaliseSailNumber($sailNumber);
        if ($normalised === null) {
            return [];
        }
        $xp = new DOMXPath($roster);
        $nodes = $xp->query("//competitor[@sailno='" . $normalised . "']"); // SAFE xpath

        return $this->rosterRows($nodes);
    }

    private function rosterRows($nodes): array
    {
        $rows = [];
        if ($nodes === false) {
            return $rows;
        }
        foreach ($nodes as $node) {
            /** @var DOMElement $node */
            $rows[] = [
                'helm' => $node->getAttribute('helm'),
                'crew' => $node->getAttribute('crew'),
                'class' => $node->getAttribute('class'),
                'sailno' => $node->getAttribute('sailno'),
                'py' => (int) $node->getAttribute('py'),
                'membership_no' => $node->getAttribute('membership'),
            ];
        }

        return $rows;
    }

    private function entryFromElement(DOMElement $el): RaceEntry
    {
        $elapsed = $el->getAttribute('elapsed');
        $seconds = null;
        if (preg_match('/^(\d+):(\d{2}):(\d{2})$/', $elapsed, $m) === 1) {
            $seconds = (int) $m[1] * 3600 + (int) $m[2] * 60 + (int) $m[3];
        }
        $code = $el->getAttribute('code');

        return new RaceEntry(
            $el->getAttribute('helm'),
            $el->getAttribute('crew') ?: null,
            $el->getAttribute('class'),
            $el->getAttribute('sailno'),
            (int) $el->getAttribute('py'),
            $seconds,
            $el->getAttribute('laps') !== '' ? (int) $el->getAttribute('laps') : null,
            $code !== '' ? strtoupper($code) : null,
        );
    }
}
