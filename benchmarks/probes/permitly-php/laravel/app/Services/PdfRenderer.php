<?php

namespace App\Services;

use App\Models\FeeStatement;
use App\Models\PermitApplication;
use Illuminate\Support\Facades\Log;
use RuntimeException;

/**
 * Thin wrapper around wkhtmltopdf, which is installed on the queue workers only.
 */
class PdfRenderer
{
    private string $binary;
    private string $outputDir;

    public function __construct()
    {
        $this->binary = (string) config('permitly.pdf.binary');
        $this->outputDir = rtrim((string) config('permitly.pdf.output'), '/');
    }

    public function renderStatement(FeeStatement $statement, string $html): string
    {
        $htmlPath = $this->writeTemp($html);
        $output = $this->outputDir . '/' . preg_replace('/[^A-Z0-9\-]/', '', strtoupper($statement->statement_number)) . '.pdf';

        $command = sprintf('%s --quiet --page-size Letter --title "%s" %s %s 2>&1', $this->binary, $statement->title, escapeshellarg($htmlPath), escapeshellarg($output));

        exec($command, $lines, $exitCode); // VULN cmdi
        @unlink($htmlPath);

        if ($exitCode !== 0) {
            Log::error('wkhtmltopdf failed', ['statement' => $statement->id, 'output' => $lines]);
            throw new RuntimeException('PDF rendering failed');
        }

        return $output;
    }

    /**
     * Permit placard that has to be posted on site.
     */
    public function renderPlacard(PermitApplication $permit, string $html): string
    {
        $htmlPath = $this->writeTemp($html);
        $output = $this->outputDir . '/placard-' . $permit->id . '.pdf';

        $descriptors = [1 => ['pipe', 'w'], 2 => ['pipe', 'w']];
        $process = proc_open([$this->binary, '--quiet', '--orientation', 'Landscape', '--title', $permit->reference . ' ' . $permit->site_address, $htmlPath, $output], $descriptors, $pipes); // SAFE cmdi

        if (!is_resource($process)) {
            throw new RuntimeException('Could not start wkhtmltopdf');
        }

        $stderr = stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        $exitCode = proc_close($process);
        @unlink($htmlPath);

        if ($exitCode !== 0) {
            Log::error('wkhtmltopdf placard failed', ['permit' => $permit->id, 'stderr' => $stderr]);
            throw new RuntimeException('PDF rendering failed');
        }

        return $output;
    }

    private function writeTemp(string $html): string
    {
        $path = tempnam(sys_get_temp_dir(), 'permitly-pdf-');
        if ($path === false) {
            throw new RuntimeException('Cannot create temp file');
        }
        $htmlPath = $path . '.html';
        rename($path, $htmlPath);
        file_put_contents($htmlPath, $html);

        return $htmlPath;
    }
}
