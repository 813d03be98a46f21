<?php

declare(strict_types=1);

namespace Lampkeep\Worker\Importer;

use Lampkeep\Shared\Security\PathGuard;

/**
 * Unpacks a contributed logbook archive.
 *
 * Expected layout (produced by the transcription volunteers' spreadsheet macro):
 *
 *   manifest.xml           station, volume and transcriber details
 *   logs/<volume>/<date>.xml   one file per day, plus optional notes .txt
 *   scans/<page>.jpg       page scans, attached later by an archivist
 */
final class LogbookArchiveExtractor
{
    private const MAX_ENTRIES = 5000;
    private const MAX_UNCOMPRESSED = 512 * 1024 * 1024;

    public function __construct(
        private readonly string $workRoot,
        private readonly string $scanInbox
    ) {
    }

    /**
     * @return array{dir: string, manifest: ?\SimpleXMLElement, xml: list<string>, scans: list<string>}
     */
    public function extract(string $archivePath): array
    {
        $zip = new \ZipArchive();
        if ($zip->open($archivePath, \ZipArchive::RDONLY) !== true) {
            throw new \RuntimeException('Not a readable ZIP archive');
        }
        if ($zip->numFiles > self::MAX_ENTRIES) {
            throw new \RuntimeException('Archive has too many files');
        }

        $dir = PathGuard::ensureDirectory($this->workRoot . '/' . date('Ymd') . '-' . bin2hex(random_bytes(6)));
        $scanDir = PathGuard::ensureDirectory($this->scanInbox . '/inbox');
        $result = ['dir' => $dir, 'manifest' => null, 'xml' => [], 'scans' => []];

        $manifest = $zip->getFromName('manifest.xml');
        if ($manifest !== false) {
            $result['manifest'] = simplexml_load_string($manifest, \SimpleXMLElement::class, LIBXML_NONET | LIBXML_NOCDATA) ?: null; // SAFE xxe
        }

        $total = 0;
        for ($i = 0; $i < $zip->numFiles; $i++) {
            $stat = $zip->statIndex($i);
            $name = (string) $stat['name'];
            if ($name === '' || str_ends_with($name, '/')) {
                continue;
            }
            $total += (int) $stat['size'];
            if ($total > self::MAX_UNCOMPRESSED) {
                throw new \RuntimeException('Archive expands beyond the size limit');
            }

            if (str_starts_with($name, 'logs/')) {
                $target = $dir . '/' . $name;
                PathGuard::ensureDirectory(dirname($target));
                file_put_contents($target, $zip->getFromIndex($i)); // VULN zipslip
                if (str_ends_with(strtolower($name), '.xml')) {
                    $result['xml'][] = $target;
                }
            } elseif (str_starts_with($name, 'scans/')) {
                $clean = preg_replace('/[^A-Za-z0-9._-]/', '_', basename($name));
                if ($clean === '' || $clean[0] === '.') {
                    continue;
                }
                $target = $scanDir . '/' . bin2hex(random_bytes(4)) . '-' . $clean;
                file_put_contents($target, $zip->getFromIndex($i)); // SAFE zipslip
                $result['scans'][] = $target;
            }
        }
        $zip->close();
        sort($result['xml']);

        return $result;
    }
}
