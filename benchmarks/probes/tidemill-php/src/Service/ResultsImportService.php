<?php

declare(strict_types=1);

namespace Tidemill\Service;

use PDO;
use RuntimeException;
use Tidemill\Repository\RaceRepository;

final class ResultsImportService
{
    public function __construct(
        private readonly ResultsXmlImporter $xml,
        private readonly ArchiveExtractor $archives,
        private readonly RaceRepository $races,
        private readonly PDO $pdo,
        private readonly string $workDir,
        private readonly string $galleryDir,
    ) {
    }

    /** @return array{races:int,entries:int} */
    public function importSailwave(int $seriesId, string $xml): array
    {
        $parsed = $this->xml->parseSailwave($xml);
        $races = 0;
        $entries = 0;

        $this->pdo->beginTransaction();
        try {
            foreach ($parsed['races'] as $raceNo => $race) {
                $raceId = $this->races->createRace($seriesId, (int) $raceNo, $race['date'] ?: date('Y-m-d'));
                $races++;
                foreach ($race['fleets'] as $fleet => $fleetEntries) {
                    foreach ($fleetEntries as $entry) {
                        $this->races->addEntry($raceId, (string) $fleet, $entry);
                        $entries++;
                    }
                }
            }
            $this->pdo->commit();
        } catch (\Throwable $e) {
            $this->pdo->rollBack();
            throw $e;
        }

        return ['races' => $races, 'entries' => $entries];
    }

    /** @return array{races:int,entries:int} */
    public function importBundle(int $seriesId, string $zipPath): array
    {
        $dir = $this->workDir . '/bundle-' . bin2hex(random_bytes(6));
        mkdir($dir, 0775, true);
        $totals = ['races' => 0, 'entries' => 0];
        foreach ($this->archives->extractResultFiles($zipPath, $dir) as $file) {
            $result = $this->importSailwave($seriesId, (string) file_get_contents($file));
            $totals['races'] += $result['races'];
            $totals['entries'] += $result['entries'];
        }

        return $totals;
    }

    /** @return list<string> */
    public function importGallery(string $regattaSlug, string $zipPath): array
    {
        if (preg_match('/^[a-z0-9-]{3,60}$/D', $regattaSlug) !== 1) {
            throw new RuntimeException('Invalid regatta name');
        }
        $dir = $this->galleryDir . '/' . $regattaSlug;
        if (!is_dir($dir)) {
            mkdir($dir, 0775, true);
        }

        return $this->archives->extractGallery($zipPath, $dir);
    }

    public function rosterLookup(string $rosterXml, ?string $sailNumber, ?string $helm): array
    {
        $roster = $this->xml->loadRoster($rosterXml);
        if ($sailNumber !== null && $sailNumber !== '') {
            return $this->xml->competitorBySail($roster, $sailNumber);
        }
        if ($helm !== null && $helm !== '') {
            return $this->xml->competitorsByHelm($roster, $helm);
        }

        return [];
    }
}
