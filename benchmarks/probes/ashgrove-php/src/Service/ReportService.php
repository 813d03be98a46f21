<?php

declare(strict_types=1);

namespace Ashgrove\Service;

use RuntimeException;

/**
 * Produces PDFs and archives for the treasurer and the hall secretary using
 * the command-line tools installed on the server.
 */
final class ReportService
{
    private const PAPER_SIZES = ['A4', 'A5', 'Letter'];

    public function __construct(private readonly string $reportDir)
    {
    }

    /**
     * Renders an invoice that has already been written out as HTML.
     */
    public function renderInvoicePdf(string $htmlFile, string $paper, string $reference): string
    {
        $output = $this->reportDir . '/invoices/' . preg_replace('/[^A-Z0-9-]/', '', strtoupper($reference)) . '.pdf';

        $log = shell_exec('wkhtmltopdf --quiet --page-size ' . $paper . ' ' . escapeshellarg($htmlFile) . ' ' . escapeshellarg($output) . ' 2>&1'); // VULN cmdi

        if (!is_file($output)) {
            throw new RuntimeException('Invoice rendering failed: ' . trim((string) $log));
        }

        return $output;
    }

    /**
     * Event posters for the noticeboard; paper size chosen by the hirer.
     */
    public function renderPoster(string $htmlFile, string $paper, string $name): string
    {
        $output = $this->reportDir . '/posters/' . bin2hex(random_bytes(8)) . '.pdf';
        $paper = in_array($paper, self::PAPER_SIZES, true) ? $paper : 'A4';

        $process = proc_open(['wkhtmltopdf', '--quiet', '--title', $name, '--page-size', $paper, $htmlFile, $output], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes); // SAFE cmdi
        if (!is_resource($process)) {
            throw new RuntimeException('Could not start wkhtmltopdf.');
        }

        stream_get_contents($pipes[1]);
        $errors = stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);

        if (proc_close($process) !== 0) {
            throw new RuntimeException('Poster rendering failed: ' . $errors);
        }

        return $output;
    }

    /**
     * Bundles the minutes folder for the annual parish meeting.
     */
    public function archiveMinutes(string $label): string
    {
        $label = trim($label) !== '' ? trim($label) : date('Y');
        $archive = $this->reportDir . '/archives/minutes-' . $label . '.tar.gz';

        system('tar -czf ' . $archive . ' -C /srv/ashgrove minutes', $status); // VULN cmdi

        if ($status !== 0) {
            throw new RuntimeException('Archiving failed with status ' . $status);
        }

        return $archive;
    }

    /**
     * Year-end dump of bookings for the independent examiner.
     */
    public function yearEndExport(int|string $year): string
    {
        $year = (int) $year;
        if ($year < 2000 || $year > (int) date('Y')) {
            throw new RuntimeException('Choose a year between 2000 and this year.');
        }

        $file = $this->reportDir . '/exports/bookings-' . $year . '.csv';

        exec('/usr/local/bin/ashgrove-export --table bookings --year ' . $year . ' --out ' . $file, $lines, $status); // SAFE cmdi

        if ($status !== 0) {
            throw new RuntimeException(implode("\n", $lines));
        }

        return $file;
    }
}
