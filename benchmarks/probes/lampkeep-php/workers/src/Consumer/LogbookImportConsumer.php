<?php

declare(strict_types=1);

namespace Lampkeep\Worker\Consumer;

use Lampkeep\Shared\Queue\MessageEnvelope;
use Lampkeep\Shared\Security\PathGuard;
use Lampkeep\Worker\Importer\LogbookArchiveExtractor;
use Lampkeep\Worker\Importer\LogbookXmlParser;
use Medoo\Medoo;
use PhpAmqpLib\Message\AMQPMessage;

/**
 * Imports a contributed logbook ZIP: unpacks it, parses each XML day file and
 * writes the entries to lampkeep_log_entry for the public archive.
 */
final class LogbookImportConsumer
{
    public function __construct(
        private readonly Medoo $db,
        private readonly LogbookArchiveExtractor $extractor,
        private readonly LogbookXmlParser $parser,
        private readonly string $transcriptRoot
    ) {
    }

    public function handle(AMQPMessage $message): void
    {
        $envelope = MessageEnvelope::unwrap($message->getBody());
        $archive = $envelope->string('archive');
        $station = $envelope->string('station');
        $contributor = $envelope->int('contributor');

        try {
            $result = $this->extractor->extract($archive);
            $imported = 0;
            foreach ($result['xml'] as $xmlFile) {
                $entries = $this->parser->parse((string) file_get_contents($xmlFile), $station);
                foreach ($entries as $entry) {
                    $this->store($entry, $contributor);
                    $imported++;
                }
            }
            $this->db->insert('lampkeep_import_log', [
                'archive' => basename($archive),
                'station' => $station,
                'contributor' => $contributor,
                'entries' => $imported,
                'scans' => count($result['scans']),
                'finished_at' => date('Y-m-d H:i:s'),
            ]);
            @unlink($archive);
            $message->ack();
        } catch (\Throwable $e) {
            error_log(sprintf('[logbook-import] %s: %s', basename($archive), $e->getMessage()));
            $message->nack(false);
        }
    }

    private function store(array $entry, int $contributor): void
    {
        $dir = PathGuard::ensureDirectory($this->transcriptRoot . '/' . preg_replace('/[^a-z0-9]+/', '-', strtolower($entry['station'])));
        $transcriptFile = basename($dir) . '/' . $entry['logged_on'] . '-' . substr(sha1($entry['transcript']), 0, 8) . '.txt';
        file_put_contents($this->transcriptRoot . '/' . $transcriptFile, strip_tags($entry['transcript']));

        $this->db->insert('lampkeep_log_entry', [
            'station' => $entry['station'],
            'keeper' => $entry['keeper'],
            'logged_on' => $entry['logged_on'],
            'logged_year' => (int) substr($entry['logged_on'], 0, 4),
            'weather' => $entry['weather'],
            'wind' => $entry['wind'],
            'summary' => $entry['summary'],
            'transcript' => $entry['transcript'],
            'transcript_file' => $transcriptFile,
            'contributor' => $contributor,
            'published' => 1,
            'created' => time(),
        ]);
    }
}
