<?php
declare(strict_types=1);

namespace App\Service;

use App\Model\Entity\Hive;
use Cake\Core\Configure;
use RuntimeException;
use Symfony\Component\Process\Process;

/**
 * Prints weatherproof QR labels for hive roofs. The QR code points at the
 * hive page so a visiting inspector can scan it in the apiary.
 */
class LabelService
{
    private string $labelRoot;

    public function __construct(private string $publicBaseUrl = 'https://registry.hivekeep.org')
    {
        $this->labelRoot = rtrim((string)Configure::read('Hivekeep.labelRoot'), DIRECTORY_SEPARATOR);
    }

    public function render(Hive $hive, int $moduleSize = 6): string
    {
        $moduleSize = max(2, min(12, $moduleSize));
        $out = $this->labelRoot . DIRECTORY_SEPARATOR . 'hive-' . $hive->id . '.png';
        $payload = $this->publicBaseUrl . '/hives/' . $hive->id . '#' . $hive->tag_number;

        $process = new Process(['qrencode', '-o', $out, '-s', (string)$moduleSize, '-m', '2', $payload]); // SAFE cmdi
        $process->setTimeout(20);
        $process->run();
        if (!$process->isSuccessful()) {
            throw new RuntimeException('qrencode failed: ' . $process->getErrorOutput());
        }

        return $out;
    }

    /**
     * Sends the rendered label to one of the hall printers.
     */
    public function print(string $labelFile, string $printer, int $copies = 1): string
    {
        $copies = max(1, min(20, $copies));
        $command = sprintf('lpr -P %s -# %d %s 2>&1', $printer, $copies, escapeshellarg($labelFile));

        return (string)shell_exec($command); // VULN cmdi
    }

    /**
     * @return string[]
     */
    public function printers(): array
    {
        return (array)Configure::read('Hivekeep.printers');
    }
}
