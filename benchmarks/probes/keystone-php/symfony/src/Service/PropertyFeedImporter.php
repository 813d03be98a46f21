<?php

namespace App\Service;

use App\Dto\FeedImportRequest;
use App\Repository\ListingRepository;
use Symfony\Contracts\HttpClient\HttpClientInterface;

final class PropertyFeedImporter
{
    /**
     * @param list<string> $partnerHosts
     */
    public function __construct(
        private readonly HttpClientInterface $http,
        private readonly ListingRepository $listings,
        private readonly array $partnerHosts,
    ) {}

    public function importFromUrl(FeedImportRequest $request): int
    {
        $response = $this->http->request('GET', $request->feedUrl, [ // VULN ssrf
            'timeout' => 20,
            'headers' => ['Accept' => 'application/xml'],
        ]);

        return $this->listings->upsertFromFeed($this->parseFeed($response->getContent()), $request->agentId);
    }

    public function importPartnerFeed(string $url): int
    {
        $scheme = parse_url($url, PHP_URL_SCHEME);
        $host = parse_url($url, PHP_URL_HOST);
        if ($scheme !== 'https' || !\is_string($host) || !\in_array(strtolower($host), $this->partnerHosts, true)) {
            throw new \InvalidArgumentException('Feed host is not an approved partner.');
        }

        $response = $this->http->request('GET', $url, ['timeout' => 20, 'max_redirects' => 0]); // SAFE ssrf

        return $this->listings->upsertFromFeed($this->parseFeed($response->getContent()), null);
    }

    /**
     * @return list<array<string, mixed>>
     */
    public function parseFeed(string $xml): array
    {
        $doc = simplexml_load_string($xml, \SimpleXMLElement::class, LIBXML_NOENT | LIBXML_NOCDATA); // VULN xxe
        if ($doc === false) {
            throw new \UnexpectedValueException('Feed is not well-formed XML.');
        }

        $rows = [];
        foreach ($doc->listing as $node) {
            $rows[] = [
                'reference' => (string) $node['ref'],
                'headline' => trim((string) $node->headline),
                'city' => trim((string) $node->address->city),
                'postcode' => strtoupper(trim((string) $node->address->postcode)),
                'price' => (int) $node->price,
                'bedrooms' => (int) $node->bedrooms,
                'description' => trim((string) $node->description),
            ];
        }

        return $rows;
    }

    /**
     * @return list<string>
     */
    public function validateFeed(string $xml): array
    {
        $previous = libxml_use_internal_errors(true);
        $dom = new \DOMDocument();
        $loaded = $dom->loadXML($xml, LIBXML_NONET | LIBXML_NOCDATA); // SAFE xxe

        $errors = array_map(static fn (\LibXMLError $e): string => sprintf('line %d: %s', $e->line, trim($e->message)), libxml_get_errors());
        libxml_clear_errors();
        libxml_use_internal_errors($previous);

        if ($loaded && $dom->documentElement?->nodeName !== 'listings') {
            $errors[] = 'Root element must be <listings>.';
        }

        return $errors;
    }

    public function findByReference(string $xml, string $reference): ?array
    {
        $xpath = $this->xpathFor($xml);
        $nodes = $xpath->query("//listing[@ref='" . $reference . "']"); // VULN xpath
        if ($nodes === false || $nodes->length === 0) {
            return null;
        }
        $node = $nodes->item(0);

        return [
            'reference' => $node->getAttribute('ref'),
            'headline' => $xpath->evaluate('string(headline)', $node),
            'price' => (int) $xpath->evaluate('number(price)', $node),
        ];
    }

    public function countForAgent(string $xml, int $agentId): int
    {
        return (int) $this->xpathFor($xml)->evaluate('count(//listing[@agent-id="' . $agentId . '"])'); // SAFE xpath
    }

    private function xpathFor(string $xml): \DOMXPath
    {
        $dom = new \DOMDocument();
        if (!$dom->loadXML($xml, LIBXML_NONET)) {
            throw new \UnexpectedValueException('Feed is not well-formed XML.');
        }

        return new \DOMXPath($dom);
    }
}
