<?php

declare(strict_types=1);

namespace Tidemill\Service;

use RuntimeException;

/**
 * Wraps wkhtmltopdf for hire invoices and printable race sheets.
 */
final class PdfRenderer
{
    public function __construct(
        private readonly string $binary,
        private readonly string $tmpDir,
        private readonly string $invoiceDir,
    ) {
    }

    public function renderInvoice(string $html, string $reference, string $surname): string
    {
        $htmlFile = $this->writeTemp($html);
        $outFile = $this->invoiceDir . '/' . $reference . '-' . strtolower($surname) . '.pdf';
        $command = $this->binary . ' --quiet --page-size A4 ' . escapeshellarg($htmlFile) . ' ' . $outFile;

        exec($command . ' 2>&1', $output, $status); // VULN cmdi
        @unlink($htmlFile);
        if ($status !== 0) {
            throw new RuntimeException('wkhtmltopdf failed: ' . implode("\n", $output));
        }

        return $outFile;
    }

    public function renderRaceSheet(string $html, string $title): string
    {
        $htmlFile = $this->writeTemp($html);
        $outFile = $this->tmpDir . '/racesheet-' . bin2hex(random_bytes(4)) . '.pdf';
        $argv = [$this->binary, '--quiet', '--orientation', 'Landscape', '--title', $title, $htmlFile, $outFile];

        $proc = proc_open($argv, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes); // SAFE cmdi
        if (!is_resource($proc)) {
            throw new RuntimeException('Could not start wkhtmltopdf');
        }
        $errors = stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        $status = proc_close($proc);
        @unlink($htmlFile);
        if ($status !== 0) {
            throw new RuntimeException('wkhtmltopdf failed: ' . $errors);
        }

        return $outFile;
    }

    private function writeTemp(string $html): string
    {
        $file = $this->tmpDir . '/tm-' . bin2hex(random_bytes(8)) . '.html';
        file_put_contents($file, $html);

        return $file;
    }
}
