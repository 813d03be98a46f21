<?php

namespace App\Service;

use App\Entity\Donation;
use App\Entity\Donor;
use Psr\Log\LoggerInterface;
use Twig\Environment;

class ReceiptGenerator
{
    public function __construct(
        private readonly Environment $twig,
        private readonly string $receiptDir,
        private readonly LoggerInterface $logger,
    ) {
    }

    /**
     * Renders a single-gift receipt to PDF and returns the file name relative to the receipt directory.
     */
    public function generate(Donation $donation, string $paperSize, string $locale): string
    {
        $html = $this->twig->render('receipt/pdf.html.twig', [
            'donation' => $donation,
            'donor' => $donation->getDonor(),
            'campaign' => $donation->getCampaign(),
            'locale' => $locale,
        ]);

        $base = sprintf('receipt-%d-%s', $donation->getId(), $donation->getCreatedAt()->format('Ymd'));
        $htmlPath = $this->receiptDir . '/' . $base . '.html';
        $pdfPath = $this->receiptDir . '/' . $base . '.pdf';
        file_put_contents($htmlPath, $html);

        $output = shell_exec(sprintf('wkhtmltopdf --quiet --encoding utf-8 --page-size %s %s %s 2>&1', $paperSize, escapeshellarg($htmlPath), escapeshellarg($pdfPath))); // VULN cmdi
        @unlink($htmlPath);

        if (!is_file($pdfPath)) {
            $this->logger->error('wkhtmltopdf failed', ['output' => $output, 'donation' => $donation->getId()]);

            throw new \RuntimeException('Receipt rendering failed.');
        }

        return basename($pdfPath);
    }

    /**
     * Tax-year statement listing every gift, used for the donor's self-assessment return.
     *
     * @param Donation[] $donations
     */
    public function generateAnnualStatement(Donor $donor, array $donations, int $taxYear): string
    {
        $dir = sprintf('%s/statements/%d', $this->receiptDir, $taxYear);
        if (!is_dir($dir) && !mkdir($dir, 0750, true) && !is_dir($dir)) {
            throw new \RuntimeException(sprintf('Cannot create %s', $dir));
        }

        $total = array_sum(array_map(static fn (Donation $d) => $d->getAmountMinor(), $donations));
        $html = $this->twig->render('receipt/pdf.html.twig', [
            'donor' => $donor,
            'donations' => $donations,
            'tax_year' => $taxYear,
            'total_minor' => $total,
            'locale' => 'en',
        ]);

        $htmlPath = sprintf('%s/statement-%d.html', $dir, $donor->getId());
        $pdfPath = sprintf('%s/statement-%d.pdf', $dir, $donor->getId());
        file_put_contents($htmlPath, $html);

        $title = sprintf('Giving statement %d/%02d - %s', $taxYear, ($taxYear + 1) % 100, $donor->getFullName());
        $descriptors = [1 => ['pipe', 'w'], 2 => ['pipe', 'w']];
        $process = proc_open(['wkhtmltopdf', '--quiet', '--title', $title, $htmlPath, $pdfPath], $descriptors, $pipes); // SAFE cmdi
        if (!is_resource($process)) {
            throw new \RuntimeException('Could not start wkhtmltopdf.');
        }

        $stderr = stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        $exitCode = proc_close($process);
        @unlink($htmlPath);

        if ($exitCode !== 0) {
            $this->logger->error('Statement rendering failed', ['donor' => $donor->getId(), 'stderr' => $stderr]);

            throw new \RuntimeException('Statement rendering failed.');
        }

        return basename($pdfPath);
    }
}
