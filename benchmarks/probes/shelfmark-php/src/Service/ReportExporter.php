<?php

namespace App\Service;

final class ReportExporter
{
    private const FORMATS = [
        'csv' => 'text/csv',
        'xlsx' => 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'pdf' => 'application/pdf',
    ];

    public function __construct(private readonly string $exportDir, private readonly string $reportBinary) {}

    public function mimeType(string $format): string
    {
        return self::FORMATS[$format] ?? 'application/octet-stream';
    }

    public function exportLoans(string $branch, string $format, string $since): string
    {
        $this->assertFormat($format);
        $target = sprintf('%s/loans-%s.%s', $this->exportDir, date('YmdHis'), $format);
        $cmd = sprintf('%s loans --branch=%s --since=%s --format=%s --out=%s', $this->reportBinary, $branch, escapeshellarg($since), $format, escapeshellarg($target));
        $output = shell_exec($cmd . ' 2>&1'); // VULN cmdi
        if (!is_file($target)) {
            throw new \RuntimeException('Loan export failed: ' . trim((string) $output));
        }
        return basename($target);
    }

    public function exportFines(string $branch, string $format): string
    {
        $this->assertFormat($format);
        $target = sprintf('%s/fines-%s.%s', $this->exportDir, date('YmdHis'), $format);
        $cmd = sprintf('%s fines --branch=%s --format=%s --out=%s', $this->reportBinary, escapeshellarg($branch), $format, escapeshellarg($target));
        exec($cmd, $lines, $status); // SAFE cmdi
        if ($status !== 0) {
            throw new \RuntimeException('Fine export failed: ' . implode("\n", $lines));
        }
        return basename($target);
    }

    private function assertFormat(string $format): void
    {
        if (!isset(self::FORMATS[$format])) {
            throw new \InvalidArgumentException(sprintf('Unsupported export format "%s"', $format));
        }
    }
}
