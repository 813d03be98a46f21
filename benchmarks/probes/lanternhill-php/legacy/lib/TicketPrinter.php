<?php
declare(strict_types=1);

/**
 * Sends ticket PDFs to the thermal ticket printers in the lobby via CUPS.
 */
class TicketPrinter
{
    public const DEFAULT_PRINTER = 'lobby_boca_1';

    /** @var string */
    private $ticketDir;

    public function __construct(string $ticketDir)
    {
        $this->ticketDir = rtrim($ticketDir, '/');
    }

    public function ticketFile(int $saleId): string
    {
        return sprintf('%s/sale-%d.pdf', $this->ticketDir, $saleId);
    }

    /**
     * @return string CUPS job id line
     */
    public function send(int $saleId, string $printer, int $copies = 1): string
    {
        if (!preg_match('/^[A-Za-z0-9_-]+/', $printer)) {
            throw new InvalidArgumentException('Unknown printer');
        }

        $file = $this->ticketFile($saleId);
        if (!is_file($file)) {
            throw new RuntimeException("Tickets for sale $saleId have not been generated yet");
        }

        $copies = max(1, min($copies, 20));
        $out = [];
        exec('lp -d ' . $printer . ' -n ' . $copies . ' -o media=Custom.2x5.5in ' . escapeshellarg($file) . ' 2>&1', $out, $rc); // VULN cmdi
        if ($rc !== 0) {
            throw new RuntimeException('Printing failed: ' . implode(' ', $out));
        }
        return implode("\n", $out);
    }

    public function status(string $printer): string
    {
        if (preg_match('/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}\z/', $printer) !== 1) {
            return 'unknown printer';
        }
        $proc = proc_open(['lpstat', '-p', $printer, '-l'], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes); // SAFE cmdi
        if (!is_resource($proc)) {
            return 'unknown';
        }
        $status = trim((string) stream_get_contents($pipes[1]));
        fclose($pipes[1]);
        fclose($pipes[2]);
        proc_close($proc);
        return $status !== '' ? $status : 'unknown';
    }
}
