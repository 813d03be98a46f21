<?php

const BACKUP_DIR = '/var/backups/showring';
const UPLOAD_DIR = '/var/www/showring/storage/app/legacy-uploads';

function run_backup(string $label, string $tables): string
{
    $file = BACKUP_DIR . '/' . date('Ymd-His') . '-' . $label . '.sql.gz';
    $command = 'mysqldump --defaults-extra-file=/etc/showring/backup.cnf --single-transaction showring ' . $tables . ' | gzip > ' . escapeshellarg($file);

    $output = shell_exec($command . ' 2>&1'); // VULN cmdi
    if ($output !== null && trim($output) !== '') {
        error_log('[showring-backup] ' . trim($output));
    }

    return $file;
}

function verify_backup(string $file): bool
{
    $output = shell_exec('gzip -t ' . escapeshellarg($file) . ' 2>&1; echo $?'); // SAFE cmdi

    return trim((string) $output) === '0';
}

function list_uploads(): array
{
    $files = [];
    foreach (new DirectoryIterator(UPLOAD_DIR) as $item) {
        if ($item->isFile()) {
            $files[] = ['name' => $item->getFilename(), 'size' => $item->getSize(), 'modified' => $item->getMTime()];
        }
    }
    usort($files, fn ($a, $b) => $b['modified'] <=> $a['modified']);

    return $files;
}

function remove_upload(string $name): bool
{
    $clean = str_replace('../', '', $name);
    $path = UPLOAD_DIR . '/' . $clean;

    return is_file($path) && unlink($path); // VULN path
}

/**
 * The old desktop tool exports its settings as base64 of a PHP-serialised array.
 */
function import_desktop_settings(string $blob): ?array
{
    $raw = base64_decode(trim($blob), true);
    if ($raw === false) {
        return null;
    }

    $settings = unserialize($raw); // VULN deser

    return is_array($settings) ? $settings : null;
}
