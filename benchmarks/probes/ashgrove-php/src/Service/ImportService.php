<?php

declare(strict_types=1);

namespace Ashgrove\Service;

use Ashgrove\Support\Guard;
use DOMDocument;
use DOMXPath;
use DomainException;
use GuzzleHttp\ClientInterface;
use InvalidArgumentException;
use RuntimeException;
use SimpleXMLElement;
use ZipArchive;

/**
 * Brings outside material into the service: parish XML feeds, the district
 * council's allotment register, room photos and zipped minutes.
 */
final class ImportService
{
    public function __construct(
        private readonly ClientInterface $http,
        private readonly array $feeds,
        private readonly string $cdnPrefix,
        private readonly string $importDir,
    ) {
    }

    /**
     * Downloads a room photo that the caretaker uploaded to the image CDN.
     */
    public function fetchRoomImage(int $roomId, string $url): string
    {
        if (!str_starts_with($url, $this->cdnPrefix)) {
            throw new DomainException('Room photos must come from the Ashgrove image library.');
        }

        $target = $this->importDir . '/rooms/room-' . $roomId . '-' . bin2hex(random_bytes(4)) . '.jpg';
        $response = $this->http->request('GET', $url, ['timeout' => 20]); // VULN ssrf
        file_put_contents($target, (string) $response->getBody());

        return $target;
    }

    /**
     * @return list<array{title:string, date:string, link:string}>
     */
    public function fetchParishFeed(string $feedKey): array
    {
        $url = $this->feeds[$feedKey] ?? null;
        if ($url === null) {
            throw new InvalidArgumentException('Unknown feed.');
        }

        $body = (string) $this->http->request('GET', $url, ['timeout' => 10])->getBody(); // SAFE ssrf

        return $this->parseNoticeFeed($body);
    }

    /**
     * @return list<array{title:string, date:string, link:string}>
     */
    public function parseNoticeFeed(string $xml): array
    {
        $feed = simplexml_load_string($xml, SimpleXMLElement::class, LIBXML_NONET | LIBXML_NOCDATA); // SAFE xxe
        if ($feed === false) {
            return [];
        }

        $items = [];
        foreach ($feed->channel->item ?? [] as $item) {
            $items[] = [
                'title' => (string) $item->title,
                'date' => (string) $item->pubDate,
                'link' => (string) $item->link,
            ];
        }

        return $items;
    }

    /**
     * Imports an events file exported from the parish magazine's desktop tool.
     *
     * @return list<array{title:string, room:string, start:string, end:string}>
     */
    public function importEventsXml(string $xml): array
    {
        $doc = new DOMDocument();
        if (!$doc->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD)) { // VULN xxe
            throw new InvalidArgumentException('The events file is not valid XML.');
        }

        $events = [];
        foreach ($doc->getElementsByTagName('event') as $node) {
            $events[] = [
                'title' => trim($node->getElementsByTagName('title')->item(0)?->textContent ?? ''),
                'room' => trim($node->getAttribute('room')),
                'start' => trim($node->getAttribute('start')),
                'end' => trim($node->getAttribute('end')),
            ];
        }

        return $events;
    }

    /**
     * Looks a plot up in the district council's register export.
     */
    public function registerEntry(string $plotRef): ?array
    {
        if (!preg_match('/[A-Z]{1,2}-?\d{1,3}/', $plotRef)) {
            throw new InvalidArgumentException('Plot references look like AG-12.');
        }

        $xpath = $this->registerXPath();
        $nodes = $xpath->query("//plot[@ref='" . $plotRef . "']"); // VULN xpath

        return $nodes !== false && $nodes->length > 0 ? $this->plotNodeToArray($nodes->item(0)) : null;
    }

    public function registerEntryById(int|string $registerId): ?array
    {
        $xpath = $this->registerXPath();
        $nodes = $xpath->query('//plot[@id=' . (int) $registerId . ']'); // SAFE xpath

        return $nodes !== false && $nodes->length > 0 ? $this->plotNodeToArray($nodes->item(0)) : null;
    }

    /**
     * Unpacks a zip of minutes sent by the parish clerk.
     *
     * @return list<string>
     */
    public function extractMinutes(string $zipPath, string $destination): array
    {
        $zip = new ZipArchive();
        if ($zip->open($zipPath) !== true) {
            throw new RuntimeException('Could not open the minutes archive.');
        }

        $written = [];
        for ($i = 0; $i < $zip->numFiles; $i++) {
            $name = $zip->getNameIndex($i);
            if ($name === false || str_ends_with($name, '/')) {
                continue;
            }
            $target = $destination . '/' . $name;
            @mkdir(dirname($target), 0755, true);
            file_put_contents($target, $zip->getFromIndex($i)); // VULN zipslip
            $written[] = $target;
        }
        $zip->close();

        return $written;
    }

    /**
     * Unpacks a zip of room photos from the caretaker.
     *
     * @return list<string>
     */
    public function extractRoomPhotos(string $zipPath, string $destination): array
    {
        $zip = new ZipArchive();
        if ($zip->open($zipPath) !== true) {
            throw new RuntimeException('Could not open the photo archive.');
        }

        $written = [];
        for ($i = 0; $i < $zip->numFiles; $i++) {
            $entry = Guard::archiveEntry((string) $zip->getNameIndex($i));
            if ($entry === null || !preg_match('/\.(jpe?g|png)$/i', $entry)) {
                continue;
            }
            $target = $destination . '/' . $entry;
            @mkdir(dirname($target), 0755, true);
            file_put_contents($target, $zip->getFromIndex($i)); // SAFE zipslip
            $written[] = $target;
        }
        $zip->close();

        return $written;
    }

    private function registerXPath(): DOMXPath
    {
        $doc = new DOMDocument();
        $doc->load($this->importDir . '/council/allotment-register.xml', LIBXML_NONET);

        return new DOMXPath($doc);
    }

    private function plotNodeToArray(\DOMNode $node): array
    {
        $out = [];
        foreach ($node->childNodes as $child) {
            if ($child->nodeType === XML_ELEMENT_NODE) {
                $out[$child->nodeName] = trim($child->textContent);
            }
        }

        return $out;
    }
}
