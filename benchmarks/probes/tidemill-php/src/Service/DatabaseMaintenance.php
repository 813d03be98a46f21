<?php

declare(strict_types=1);

namespace Tidemill\Service;

use RuntimeException;

/**
 * Committee "IT officer" tools exposed on the admin console.
 */
final class DatabaseMaintenance
{
    private const LOGS = [
        'app' => 'portal.log',
        'worker' => 'messenger-worker.log',
        'mail' => 'mail.log',
    ];

    public function __construct(
        private readonly array $db,
        private readonly string $backupDir,
        private readonly string $logDir,
    ) {
    }

    /**
     * Dump a single table before a risky bulk edit (e.g. end-of-season
     * renewals). Returns the dump path.
     */
    public function backupTable(string $table): string
    {
        $file = sprintf('%s/%s-%s.sql.gz', $this->backupDir, date('Ymd-His'), preg_replace('/\W/', '', $table));
        $cmd = sprintf(
            'PGPASSWORD=%s pg_dump -h %s -U %s -t %s %s | gzip > %s',
            escapeshellarg($this->db['password']),
            escapeshellarg($this->db['host']),
            escapeshellarg($this->db['user']),
            $table,
            escapeshellarg($this->db['dbname']),
            escapeshellarg($file)
        );
        $result = shell_exec($cmd); // VULN cmdi
        if ($result === false) {
            throw new RuntimeException('Backup failed');
        }

        return $file;
    }

    /** @return list<string> */
    public function tailLog(string $log, int $lines): array
    {
        $file = self::LOGS[$log] ?? null;
        if ($file === null) {
            throw new RuntimeException('Unknown log');
        }
        $lines = max(10, min(500, $lines));
        exec('tail -n ' . $lines . ' ' . escapeshellarg($this->logDir . '/' . $file), $output); // SAFE cmdi

        return $output;
    }
}
