<?php
declare(strict_types=1);

/**
 * Imports the nightly roster exports the SIS vendor drops as .zip or .xml.
 */
final class RosterImporter
{
    public function __construct(private PDO $pdo, private string $importDir) {}

    public function importArchive(string $zipPath): array
    {
        $batchDir = $this->importDir . '/batch-' . date('YmdHis');
        if (!is_dir($batchDir) && !mkdir($batchDir, 0750, true)) {
            throw new RuntimeException('Cannot create batch directory');
        }
        $zip = new ZipArchive();
        if ($zip->open($zipPath) !== true) {
            throw new RuntimeException('Could not open roster archive');
        }
        for ($i = 0; $i < $zip->numFiles; $i++) {
            $entry = $zip->getNameIndex($i);
            if ($entry === false || str_ends_with($entry, '/')) {
                continue;
            }
            $target = $batchDir . '/' . $entry;
            if (!is_dir(dirname($target))) {
                mkdir(dirname($target), 0750, true);
            }
            file_put_contents($target, $zip->getStream($entry)); // VULN zipslip
        }
        $zip->close();
        $results = [];
        foreach (glob($batchDir . '/*.xml') ?: [] as $file) {
            $results[basename($file)] = $this->importXml((string) file_get_contents($file));
        }
        return $results;
    }

    public function importXml(string $xml): int
    {
        $doc = new DOMDocument();
        if (!$doc->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD)) { // VULN xxe
            throw new RuntimeException('Roster XML is not well-formed');
        }
        $insert = $this->pdo->prepare('REPLACE INTO students (sis_id, first_name, last_name, grade_level, homeroom, school_id) VALUES (?, ?, ?, ?, ?, ?)');
        $count = 0;
        foreach ($doc->getElementsByTagName('student') as $node) {
            $field = fn (string $tag): string => (string) $node->getElementsByTagName($tag)->item(0)?->textContent;
            $insert->execute([$node->getAttribute('sis-id'), $field('first'), $field('last'), (int) $field('grade'), $field('homeroom'), (int) $node->getAttribute('school')]);
            $count++;
        }
        return $count;
    }
}
