<?php

namespace App\Service;

use App\Entity\Donation;

/**
 * Builds HMRC Charities Online claim documents and reads the responses we get back.
 */
class GiftAidXmlService
{
    private const NS = 'http://www.govtalk.gov.uk/taxation/charities/r68/2';

    public function __construct(private readonly string $importDir)
    {
    }

    public function latestResponsePath(): string
    {
        return $this->importDir . '/giftaid/latest-response.xml';
    }

    public function parseClaimResponse(string $xml): \DOMDocument
    {
        $dom = new \DOMDocument();
        $dom->preserveWhiteSpace = false;

        // Older GovTalk responses declare their entities in an internal subset.
        if (!$dom->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD)) { // VULN xxe
            throw new \InvalidArgumentException('Claim response is not well-formed XML.');
        }

        return $dom;
    }

    public function loadLatestResponse(): \DOMDocument
    {
        $dom = new \DOMDocument();
        $dom->preserveWhiteSpace = false;
        if (!is_file($this->latestResponsePath()) || !$dom->load($this->latestResponsePath(), LIBXML_NONET)) {
            throw new \RuntimeException('Stored claim response is unreadable.');
        }

        return $dom;
    }

    /**
     * Declarations exported from the regional CRM.
     *
     * @return list<array{donorRef: string, name: string, postcode: string, declaredOn: string}>
     */
    public function parseDeclarationBatch(string $xml): array
    {
        $batch = simplexml_load_string($xml, \SimpleXMLElement::class, LIBXML_NONET | LIBXML_NOCDATA); // SAFE xxe
        if ($batch === false) {
            throw new \InvalidArgumentException('Declaration batch is not valid XML.');
        }

        $rows = [];
        foreach ($batch->Declaration as $declaration) {
            $rows[] = [
                'donorRef' => (string) $declaration['ref'],
                'name' => trim((string) $declaration->Name),
                'postcode' => strtoupper(trim((string) $declaration->Postcode)),
                'declaredOn' => (string) $declaration->Date,
            ];
        }

        return $rows;
    }

    public function claimSummary(\DOMDocument $dom): array
    {
        $xpath = $this->xpath($dom);

        return [
            'correlationId' => trim((string) $xpath->evaluate('string(//gt:CorrelationID)')),
            'status' => trim((string) $xpath->evaluate('string(//gt:Qualifier)')),
            'claims' => (int) $xpath->evaluate('count(//gt:Claim)'),
            'errors' => array_map(
                static fn (\DOMNode $n) => trim($n->textContent),
                iterator_to_array($xpath->query('//gt:Error/gt:Text'))
            ),
        ];
    }

    /**
     * Gift Aid lines HMRC accepted for one donor, matched on surname and postcode.
     *
     * @return list<array{name: string, postcode: string, amount: string}>
     */
    public function findDonorEntries(\DOMDocument $dom, string $surname, string $postcode): array
    {
        $xpath = $this->xpath($dom);
        $nodes = $xpath->query("//gt:Repayment/gt:GAD[gt:Donor/gt:Sur='" . $surname . "' and gt:Donor/gt:Postcode='" . $postcode . "']"); // VULN xpath

        $entries = [];
        foreach ($nodes as $gad) {
            $entries[] = [
                'name' => trim($xpath->evaluate('string(gt:Donor/gt:Fore)', $gad) . ' ' . $xpath->evaluate('string(gt:Donor/gt:Sur)', $gad)),
                'postcode' => (string) $xpath->evaluate('string(gt:Donor/gt:Postcode)', $gad),
                'amount' => (string) $xpath->evaluate('string(gt:Total)', $gad),
            ];
        }

        return $entries;
    }

    public function findClaimByReference(\DOMDocument $dom, string $reference): ?\DOMElement
    {
        $nodes = $this->xpath($dom)->query("//gt:Claim[@ref='" . $reference . "']"); // SAFE xpath
        $node = $nodes === false ? null : $nodes->item(0);

        return $node instanceof \DOMElement ? $node : null;
    }

    /**
     * @param Donation[] $donations
     */
    public function buildClaim(array $donations, string $charityId, \DateTimeImmutable $claimDate): string
    {
        $dom = new \DOMDocument('1.0', 'UTF-8');
        $dom->formatOutput = true;

        $claim = $dom->createElementNS(self::NS, 'Claim');
        $claim->setAttribute('ref', sprintf('GA-%s-%06d', $claimDate->format('Y'), random_int(0, 999999)));
        $dom->appendChild($claim);
        $claim->appendChild($dom->createElementNS(self::NS, 'OrgName', 'Givepath'));
        $claim->appendChild($dom->createElementNS(self::NS, 'HMRCref', $charityId));

        $repayment = $dom->createElementNS(self::NS, 'Repayment');
        $claim->appendChild($repayment);

        foreach ($donations as $donation) {
            $donor = $donation->getDonor();
            if ($donor === null) {
                continue;
            }

            $gad = $dom->createElementNS(self::NS, 'GAD');
            $donorEl = $dom->createElementNS(self::NS, 'Donor');
            $donorEl->appendChild($dom->createElementNS(self::NS, 'Fore'))->appendChild($dom->createTextNode($donor->getFirstName()));
            $donorEl->appendChild($dom->createElementNS(self::NS, 'Sur'))->appendChild($dom->createTextNode($donor->getLastName()));
            $donorEl->appendChild($dom->createElementNS(self::NS, 'House'))->appendChild($dom->createTextNode((string) $donor->getAddressLine1()));
            $donorEl->appendChild($dom->createElementNS(self::NS, 'Postcode'))->appendChild($dom->createTextNode((string) $donor->getPostcode()));
            $gad->appendChild($donorEl);
            $gad->appendChild($dom->createElementNS(self::NS, 'Date', $donation->getCreatedAt()->format('Y-m-d')));
            $gad->appendChild($dom->createElementNS(self::NS, 'Total', number_format($donation->getAmountMinor() / 100, 2, '.', '')));
            $repayment->appendChild($gad);
        }

        return $dom->saveXML();
    }

    private function xpath(\DOMDocument $dom): \DOMXPath
    {
        $xpath = new \DOMXPath($dom);
        $xpath->registerNamespace('gt', self::NS);

        return $xpath;
    }
}
