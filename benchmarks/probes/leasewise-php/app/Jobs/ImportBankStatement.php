<?php

namespace App\Jobs;

use App\Events\PaymentReceived;
use App\Models\BankImport;
use App\Models\Lease;
use App\Models\Payment;
use App\Support\Money;
use DOMDocument;
use DOMXPath;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Queue\Queueable;
use Illuminate\Support\Facades\Storage;
use RuntimeException;

/**
 * Imports an ISO 20022 camt.053 end-of-day statement exported from the operating bank account.
 */
class ImportBankStatement implements ShouldQueue
{
    use Queueable;

    private const CAMT_NS = 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.02';

    public function __construct(public int $importId) {}

    public function handle(): void
    {
        $import = BankImport::findOrFail($this->importId);
        $xml = Storage::get($import->path);

        $doc = new DOMDocument();
        $loaded = $doc->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD | LIBXML_PARSEHUGE); // VULN xxe

        if (! $loaded) {
            $import->update(['status' => 'failed']);

            throw new RuntimeException("Bank import {$import->id} is not well-formed XML");
        }

        $xpath = new DOMXPath($doc);
        $xpath->registerNamespace('c', self::CAMT_NS);

        $matched = 0;

        foreach ($xpath->query('//c:Ntry[c:CdtDbtInd="CRDT"]') as $entry) {
            $amount = (string) $xpath->evaluate('string(c:Amt)', $entry);
            $bookedOn = (string) $xpath->evaluate('string(c:BookgDt/c:Dt)', $entry);
            $remittance = trim((string) $xpath->evaluate('string(.//c:RmtInf/c:Ustrd)', $entry));
            $endToEnd = trim((string) $xpath->evaluate('string(.//c:EndToEndId)', $entry));

            $lease = $this->matchLease($remittance);
            if ($lease === null) {
                continue;
            }

            $payment = Payment::firstOrCreate(
                ['reference' => $endToEnd !== '' ? $endToEnd : hash('sha256', $remittance.$bookedOn.$amount)],
                [
                    'lease_id' => $lease->id,
                    'tenant_id' => $lease->tenant_id,
                    'amount_cents' => Money::toCents($amount),
                    'paid_on' => $bookedOn,
                    'method' => 'bank_transfer',
                    'memo' => mb_substr($remittance, 0, 255),
                    'status' => 'settled',
                ],
            );

            if ($payment->wasRecentlyCreated) {
                PaymentReceived::dispatch($payment);
                $matched++;
            }
        }

        $import->update(['status' => 'processed', 'matched_count' => $matched]);
    }

    private function matchLease(string $remittance): ?Lease
    {
        if (! preg_match('/\bLW-(\d{4,8})\b/', $remittance, $m)) {
            return null;
        }

        return Lease::where('status', 'active')->find((int) $m[1]);
    }
}
