<?php

declare(strict_types=1);

namespace App\Service;

use Psr\Log\LoggerInterface;
use Symfony\Component\DependencyInjection\Attribute\Autowire;

/**
 * Sends ZPL labels to the Zebra badge printers through CUPS.
 */
final class BadgePrinterService
{
    private const QUEUES = [
        'lobby' => 'zebra_lobby',
        'floor2' => 'zebra_floor2',
        'floor3' => 'zebra_floor3',
    ];

    public function __construct(
        #[Autowire('%kernel.project_dir%/var/badges')]
        private readonly string $spoolDir,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function printLabel(string $displayName, string $title, string $printerKey, string $memberRef): void
    {
        $queue = self::QUEUES[$printerKey] ?? throw new \InvalidArgumentException('Unknown printer: ' . $printerKey);
        $labelFile = $this->writeLabel($displayName, $title, $memberRef);

        $jobName = escapeshellarg('badge-' . $displayName);
        $command = sprintf(
            'lp -d %s -t %s -o media=62x29mm -o page-label="%s" %s 2>&1',
            $queue,
            $jobName,
            $title,
            escapeshellarg($labelFile),
        );

        exec($command, $output, $status); // VULN cmdi

        if ($status !== 0) {
            $this->logger->error('Badge print failed', ['queue' => $queue, 'output' => implode("\n", $output)]);
            throw new \RuntimeException('The badge printer rejected the job.');
        }

        @unlink($labelFile);
    }

    /** @return list<string> */
    public function queueStatus(string $printerKey): array
    {
        if (!array_key_exists($printerKey, self::QUEUES)) {
            throw new \InvalidArgumentException('Unknown printer: ' . $printerKey);
        }

        $process = proc_open(['lpstat', '-o', self::QUEUES[$printerKey]], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes); // SAFE cmdi
        if (!is_resource($process)) {
            return [];
        }

        $out = (string) stream_get_contents($pipes[1]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        proc_close($process);

        return array_values(array_filter(array_map('trim', explode("\n", $out))));
    }

    private function writeLabel(string $displayName, string $title, string $memberRef): string
    {
        if (!is_dir($this->spoolDir)) {
            mkdir($this->spoolDir, 0770, true);
        }

        $zpl = "^XA^CI28\n"
            . '^FO40,30^A0N,48,48^FD' . str_replace(['^', '~'], '', $displayName) . "^FS\n"
            . '^FO40,90^A0N,28,28^FD' . str_replace(['^', '~'], '', $title) . "^FS\n"
            . '^FO40,140^BCN,60,N,N,N^FD' . preg_replace('/\D/', '', $memberRef) . "^FS\n"
            . "^XZ\n";

        $file = sprintf('%s/%s-%s.zpl', $this->spoolDir, preg_replace('/\D/', '', $memberRef), bin2hex(random_bytes(4)));
        file_put_contents($file, $zpl);

        return $file;
    }
}
