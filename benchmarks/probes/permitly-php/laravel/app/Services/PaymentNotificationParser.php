<?php

namespace App\Services;

use RuntimeException;
use SimpleXMLElement;

/**
 * Parses the XML settlement notifications sent by the city's card processor.
 *
 * <Notification>
 *   <Reference>FS-2024-000123</Reference>
 *   <AmountCents>48500</AmountCents>
 *   <Result>SETTLED</Result>
 * </Notification>
 */
class PaymentNotificationParser
{
    public function parse(string $body): array
    {
        libxml_use_internal_errors(true);

        $xml = simplexml_load_string($body, SimpleXMLElement::class, LIBXML_NOENT | LIBXML_NONET); // VULN xxe

        if ($xml === false) {
            $errors = array_map(static fn ($e) => trim($e->message), libxml_get_errors());
            libxml_clear_errors();
            throw new RuntimeException('Unparseable notification: ' . implode('; ', $errors));
        }

        return [
            'reference' => trim((string) $xml->Reference),
            'amount_cents' => (int) $xml->AmountCents,
            'result' => strtoupper(trim((string) $xml->Result)),
            'processor_id' => trim((string) ($xml->TransactionId ?? '')),
            'memo' => trim((string) ($xml->Memo ?? '')),
        ];
    }
}
