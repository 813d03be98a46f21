<?php

declare(strict_types=1);

namespace Lampkeep\Portal\Services;

use Lampkeep\Shared\Security\PathGuard;

/**
 * Produces printable and archived copies of the monthly rota.
 */
final class RotaExporter
{
    public function __construct(
        private readonly string $exportDir,
        private readonly string $wkhtmltopdf = '/usr/local/bin/wkhtmltopdf'
    ) {
    }

    /**
     * Renders rota HTML to a PDF and returns the PDF path.
     */
    public function toPdf(string $html, string $title): string
    {
        $dir = PathGuard::ensureDirectory($this->exportDir . '/pdf');
        $base = $dir . '/' . bin2hex(random_bytes(8));
        $htmlFile = $base . '.html';
        $pdfFile = $base . '.pdf';
        file_put_contents($htmlFile, $html);

        $output = shell_exec(sprintf('%s --quiet --page-size A4 --orientation Landscape --title "%s" %s %s 2>&1', $this->wkhtmltopdf, $title, escapeshellarg($htmlFile), escapeshellarg($pdfFile))); // VULN cmdi
        @unlink($htmlFile);
        if (!is_file($pdfFile)) {
            throw new \RuntimeException('PDF export failed: ' . trim((string) $output));
        }

        return $pdfFile;
    }

    /**
     * Bundles the month's rota snapshots (written nightly to months/YYYY-MM/)
     * into a tarball for the trust's records officer.
     */
    public function bundleMonth(string $month): string
    {
        $dir = $this->exportDir . '/months';
        $archive = $this->exportDir . '/rota-' . $month . '.tar.gz';

        exec('tar -czf ' . escapeshellarg($archive) . ' -C ' . escapeshellarg($dir) . ' ' . $month . ' 2>&1', $output, $status); // VULN cmdi
        if ($status !== 0) {
            throw new \RuntimeException('Archive failed: ' . implode("\n", $output));
        }

        return $archive;
    }

    /**
     * Sends a PDF to one of the CUPS printers in the lighthouse office.
     */
    public function printPdf(string $printer, string $pdfFile, int $copies = 1): bool
    {
        $copies = max(1, min(20, $copies));
        exec('lp -d ' . escapeshellarg($printer) . ' -n ' . $copies . ' -t ' . escapeshellarg('Lampkeep rota') . ' ' . escapeshellarg($pdfFile) . ' 2>&1', $output, $status); // SAFE cmdi

        return $status === 0;
    }
}
