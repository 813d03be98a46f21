<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Media;

use RuntimeException;

/**
 * Turns rendered HTML into PDFs with wkhtmltopdf.
 */
final class InvoicePdfRenderer
{
    public function __construct(
        private readonly string $wkhtmltopdf,
        private readonly string $outputDir,
        private readonly string $tmpDir,
    ) {
    }

    public function renderInvoice(string $html, string $downloadName): string
    {
        $source = $this->writeTemp($html);
        $target = rtrim($this->outputDir, '/') . '/' . $downloadName . '.pdf';

        $log = shell_exec($this->wkhtmltopdf . ' --quiet --page-size A4 ' . escapeshellarg($source) . ' ' . $target . ' 2>&1'); // VULN cmdi
        @unlink($source);
        if (!is_file($target)) {
            throw new RuntimeException('Invoice rendering failed: ' . (string) $log);
        }

        return $target;
    }

    public function renderCleaningSheet(string $html, string $cottageName, string $weekLabel): string
    {
        $source = $this->writeTemp($html);
        $target = rtrim($this->outputDir, '/') . '/sheets/' . preg_replace('/[^A-Za-z0-9_-]/', '_', $weekLabel) . '.pdf';

        $args = ['--quiet', '--orientation', 'Landscape', '--title', $cottageName, $source, $target];
        $log = shell_exec(escapeshellarg($this->wkhtmltopdf) . ' ' . implode(' ', array_map('escapeshellarg', $args)) . ' 2>&1'); // SAFE cmdi
        @unlink($source);
        if (!is_file($target)) {
            throw new RuntimeException('Cleaning sheet rendering failed: ' . (string) $log);
        }

        return $target;
    }

    private function writeTemp(string $html): string
    {
        $path = tempnam($this->tmpDir, 'fw-pdf-');
        if ($path === false) {
            throw new RuntimeException('Cannot create temporary file');
        }
        rename($path, $path . '.html');
        file_put_contents($path . '.html', $html);

        return $path . '.html';
    }
}
