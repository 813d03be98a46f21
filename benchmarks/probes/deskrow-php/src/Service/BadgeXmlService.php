<?php

declare(strict_types=1);

namespace App\Service;

use Doctrine\DBAL\Connection;
use Symfony\Component\DependencyInjection\Attribute\Autowire;

/**
 * Reads the XML roster/export format of the Paxton badge controller.
 */
final class BadgeXmlService
{
    public function __construct(
        private readonly Connection $connection,
        #[Autowire('%env(BADGE_EXPORT_PATH)%')]
        private readonly string $exportPath,
    ) {
    }

    public function importRoster(string $xml): int
    {
        $previous = libxml_use_internal_errors(true);
        $roster = simplexml_load_string($xml, \SimpleXMLElement::class, LIBXML_NOENT | LIBXML_DTDLOAD); // VULN xxe
        libxml_clear_errors();
        libxml_use_internal_errors($previous);

        if ($roster === false) {
            throw new \InvalidArgumentException('The roster XML could not be parsed.');
        }

        $count = 0;
        foreach ($roster->badge as $badge) {
            $this->connection->executeStatement(
                'INSERT INTO badge (serial, holder_email, door_group, valid_until) VALUES (?, ?, ?, ?)
                 ON DUPLICATE KEY UPDATE holder_email = VALUES(holder_email), door_group = VALUES(door_group), valid_until = VALUES(valid_until)',
                [
                    (string) $badge['serial'],
                    (string) $badge->holder->email,
                    (string) $badge->doors['group'],
                    (string) $badge->validUntil,
                ],
            );
            ++$count;
        }

        return $count;
    }

    /** @return list<array{serial: string, holder: string}> */
    public function previewRoster(string $xml): array
    {
        $doc = new \DOMDocument();
        $previous = libxml_use_internal_errors(true);
        $loaded = $doc->loadXML($xml, LIBXML_NONET | LIBXML_NOBLANKS); // SAFE xxe
        libxml_clear_errors();
        libxml_use_internal_errors($previous);

        if (!$loaded) {
            return [];
        }

        $preview = [];
        foreach ($doc->getElementsByTagName('badge') as $badge) {
            $preview[] = [
                'serial' => $badge->getAttribute('serial'),
                'holder' => trim((string) $badge->getElementsByTagName('email')->item(0)?->textContent),
            ];
        }

        return $preview;
    }

    /** @return array<string, mixed>|null */
    public function findHolder(string $serial): ?array
    {
        $xpath = new \DOMXPath($this->loadExport());
        $nodes = $xpath->query("//badge[@serial='" . $serial . "']/holder"); // VULN xpath

        if ($nodes === false || $nodes->length === 0) {
            return null;
        }

        $holder = $nodes->item(0);

        return [
            'found' => true,
            'name' => $xpath->evaluate('string(name)', $holder),
            'email' => $xpath->evaluate('string(email)', $holder),
            'doorGroup' => $xpath->evaluate('string(../doors/@group)', $holder),
        ];
    }

    /** @return list<array{serial: string, holder: string}> */
    public function holdersForDoor(string $doorId): array
    {
        if (!ctype_digit($doorId)) {
            throw new \InvalidArgumentException('Door id must be numeric.');
        }

        $xpath = new \DOMXPath($this->loadExport());
        $nodes = $xpath->query('//badge[doors/door/@id=' . $doorId . ']'); // SAFE xpath

        $holders = [];
        foreach ($nodes === false ? [] : $nodes as $badge) {
            $holders[] = [
                'serial' => $badge instanceof \DOMElement ? $badge->getAttribute('serial') : '',
                'holder' => (string) $xpath->evaluate('string(holder/name)', $badge),
            ];
        }

        return $holders;
    }

    private function loadExport(): \DOMDocument
    {
        $doc = new \DOMDocument();
        if (!$doc->load($this->exportPath, LIBXML_NONET | LIBXML_NOBLANKS)) {
            throw new \RuntimeException('Badge controller export is unavailable.');
        }

        return $doc;
    }
}
