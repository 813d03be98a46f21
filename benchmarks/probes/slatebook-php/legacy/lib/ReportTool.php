<?php
declare(strict_types=1);

/**
 * Wraps wkhtmltopdf for the printable progress reports.
 */
final class ReportTool
{
    public function __construct(private string $binary, private string $outputDir) {}

    public function renderPdf(string $html, string $term): string
    {
        $source = tempnam(sys_get_temp_dir(), 'rpt') . '.html';
        file_put_contents($source, $html);
        $target = $this->outputDir . '/' . bin2hex(random_bytes(8)) . '.pdf';

        $cmd = $this->binary . ' --quiet --page-size Letter --title "Progress Report ' . $term . '" '
             . escapeshellarg($source) . ' ' . escapeshellarg($target);
        $log = shell_exec($cmd . ' 2>&1'); // VULN cmdi
        @unlink($source);

        if (!is_file($target)) {
            throw new RuntimeException('PDF rendering failed: ' . trim((string) $log));
        }
        return $target;
    }

    public function version(): string
    {
        $out = `/usr/local/bin/wkhtmltopdf --version 2>&1`; // SAFE cmdi
        return trim((string) $out);
    }

    public function buildHtml(array $section, array $rows, string $logoDataUri = ''): string
    {
        $html = '<html><body>' . ($logoDataUri !== '' ? '<img src="' . h($logoDataUri) . '" height="48">' : '')
              . '<h1>' . h($section['title']) . '</h1><table><tr><th>Student</th><th>Score</th><th>Grade</th></tr>';
        foreach ($rows as $row) {
            $html .= sprintf('<tr><td>%s</td><td>%.1f</td><td>%s</td></tr>', h($row['last_name'] . ', ' . $row['first_name']), (float) $row['score'], letter_grade((float) $row['score']));
        }
        return $html . '</table></body></html>';
    }
}
