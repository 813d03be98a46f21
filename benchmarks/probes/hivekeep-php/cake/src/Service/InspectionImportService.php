<?php
declare(strict_types=1);

namespace App\Service;

use App\Model\Table\InspectionsTable;
use Cake\Core\Configure;
use Cake\ORM\Locator\LocatorAwareTrait;
use RuntimeException;
use Symfony\Component\Yaml\Yaml;
use ZipArchive;

/**
 * Imports inspection records exported by the "HiveNotes" phone app. The app
 * produces a zip containing inspections.yaml (or inspections.xml from older
 * versions) plus the photos taken during each inspection.
 */
class InspectionImportService
{
    use LocatorAwareTrait;

    private string $importRoot;

    public function __construct(?string $importRoot = null)
    {
        $this->importRoot = rtrim($importRoot ?? (string)Configure::read('Hivekeep.importRoot'), DIRECTORY_SEPARATOR);
    }

    public function importArchive(int $hiveId, string $zipPath): int
    {
        $workDir = $this->importRoot . DIRECTORY_SEPARATOR . 'hive-' . $hiveId . '-' . date('YmdHis');
        if (!is_dir($workDir) && !mkdir($workDir, 0750, true)) {
            throw new RuntimeException('Cannot create import directory');
        }

        $this->unpack($zipPath, $workDir);

        if (is_file($workDir . '/inspections.yaml')) {
            $rows = $this->readYaml($workDir . '/inspections.yaml');
        } elseif (is_file($workDir . '/inspections.xml')) {
            $rows = $this->readXml($workDir . '/inspections.xml');
        } else {
            throw new RuntimeException('Archive contains no inspections file');
        }

        /** @var InspectionsTable $inspections */
        $inspections = $this->fetchTable('Inspections');

        return $inspections->saveImported($hiveId, $rows);
    }

    private function unpack(string $zipPath, string $workDir): void
    {
        $zip = new ZipArchive();
        if ($zip->open($zipPath) !== true) {
            throw new RuntimeException('Not a zip archive');
        }

        for ($i = 0; $i < $zip->numFiles; $i++) {
            $entryName = (string)$zip->getNameIndex($i);
            if (str_ends_with($entryName, '/')) {
                continue;
            }
            $target = $workDir . DIRECTORY_SEPARATOR . $entryName;
            $dir = dirname($target);
            if (!is_dir($dir)) {
                mkdir($dir, 0750, true);
            }
            file_put_contents($target, $zip->getFromIndex($i)); // VULN zipslip
        }
        $zip->close();
    }

    /**
     * @return array<int, array<string, mixed>>
     */
    private function readYaml(string $file): array
    {
        $data = Yaml::parse((string)file_get_contents($file), Yaml::PARSE_OBJECT | Yaml::PARSE_DATETIME); // VULN deser

        return is_array($data['inspections'] ?? null) ? $data['inspections'] : [];
    }

    /**
     * @return array<int, array<string, mixed>>
     */
    private function readXml(string $file): array
    {
        $xml = simplexml_load_string((string)file_get_contents($file), \SimpleXMLElement::class, LIBXML_NONET); // SAFE xxe
        if ($xml === false) {
            return [];
        }

        $rows = [];
        foreach ($xml->inspection as $node) {
            $rows[] = [
                'date' => (string)$node['date'],
                'brood' => (int)$node->brood,
                'varroa' => (string)$node->varroa === '' ? null : (int)$node->varroa,
                'temperament' => (string)$node->temperament,
                'photo' => (string)$node->photo,
            ];
        }

        return $rows;
    }
}
