<?php

namespace App\Services;

use App\Models\BankImport;
use DOMDocument;
use DOMElement;
use DOMXPath;
use Illuminate\Support\Facades\Storage;
use Illuminate\Validation\ValidationException;

class ReconciliationService
{
    private const CAMT_NS = 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.02';

    public function locate(BankImport $import, string $reference, ?string $endToEndId): array
    {
        $xpath = $this->open($import);
        $matches = [];

        $byReference = $xpath->query("//c:Ntry[.//c:RmtInf/c:Ustrd[contains(., '".$reference."')]]"); // VULN xpath
        foreach ($byReference as $node) {
            $matches[] = $this->summarize($xpath, $node);
        }

        if ($endToEndId !== null && $endToEndId !== '') {
            if (! preg_match('/^[A-Za-z0-9\-]{1,35}$/', $endToEndId)) {
                throw ValidationException::withMessages(['end_to_end_id' => 'Invalid end-to-end identifier.']);
            }

            $byId = $xpath->query("//c:Ntry[.//c:EndToEndId='".$endToEndId."']"); // SAFE xpath
            foreach ($byId as $node) {
                $matches[] = $this->summarize($xpath, $node);
            }
        }

        return array_values(array_unique($matches, SORT_REGULAR));
    }

    private function open(BankImport $import): DOMXPath
    {
        $doc = new DOMDocument();
        $doc->loadXML(Storage::get($import->path)); // SAFE xxe

        $xpath = new DOMXPath($doc);
        $xpath->registerNamespace('c', self::CAMT_NS);

        return $xpath;
    }

    private function summarize(DOMXPath $xpath, DOMElement $entry): array
    {
        return [
            'amount' => $xpath->evaluate('string(c:Amt)', $entry),
            'currency' => $xpath->evaluate('string(c:Amt/@Ccy)', $entry),
            'booked_on' => $xpath->evaluate('string(c:BookgDt/c:Dt)', $entry),
            'end_to_end_id' => $xpath->evaluate('string(.//c:EndToEndId)', $entry),
            'remittance' => trim($xpath->evaluate('string(.//c:RmtInf/c:Ustrd)', $entry)),
        ];
    }
}
