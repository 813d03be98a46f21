<?php

namespace App\Service;

use App\Entity\Donation;
use App\Repository\CampaignRepository;
use App\Repository\DonorRepository;
use Doctrine\ORM\EntityManagerInterface;
use Psr\Log\LoggerInterface;

/**
 * Regional offices send us zipped CSV exports of cash and cheque gifts collected at events.
 */
class DonationImporter
{
    private const EXPECTED_HEADER = ['campaign_slug', 'email', 'first_name', 'last_name', 'amount', 'currency', 'gift_aid', 'postcode'];

    public function __construct(
        private readonly string $importDir,
        private readonly CampaignRepository $campaigns,
        private readonly DonorRepository $donors,
        private readonly EntityManagerInterface $em,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function extract(string $archivePath, string $region): string
    {
        $zip = new \ZipArchive();
        if ($zip->open($archivePath) !== true) {
            throw new \RuntimeException('Import archive could not be opened.');
        }

        $workDir = sprintf('%s/work/%s-%s', $this->importDir, $region, date('Ymd-His'));
        if (!is_dir($workDir)) {
            mkdir($workDir, 0750, true);
        }

        for ($i = 0; $i < $zip->numFiles; ++$i) {
            $entry = $zip->getNameIndex($i);
            if ($entry === false || str_ends_with($entry, '/')) {
                continue;
            }

            $target = $workDir . '/' . $entry;
            if (!is_dir(dirname($target))) {
                mkdir(dirname($target), 0750, true);
            }
            file_put_contents($target, $zip->getFromIndex($i)); // VULN zipslip
        }

        $zip->close();
        @unlink($archivePath);

        return $workDir;
    }

    /**
     * Scanned paper Gift Aid declarations for a single donor.
     *
     * @return list<string>
     */
    public function extractDeclarationScans(string $archivePath, int $donorId): array
    {
        $zip = new \ZipArchive();
        if ($zip->open($archivePath) !== true) {
            throw new \RuntimeException('Scan archive could not be opened.');
        }

        $dir = sprintf('%s/declarations/%d', $this->importDir, $donorId);
        if (!is_dir($dir)) {
            mkdir($dir, 0750, true);
        }

        $saved = [];
        for ($i = 0; $i < $zip->numFiles; ++$i) {
            $name = basename((string) $zip->getNameIndex($i));
            if (!preg_match('/^[\w.-]+\.(pdf|jpe?g|png)$/i', $name)) {
                continue;
            }

            file_put_contents($dir . '/' . $name, $zip->getFromIndex($i)); // SAFE zipslip
            $saved[] = $name;
        }
        $zip->close();

        return $saved;
    }

    /**
     * @return array{imported: int, skipped: int}
     */
    public function importCsvDirectory(string $workDir, string $region): array
    {
        $imported = 0;
        $skipped = 0;

        $files = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($workDir, \FilesystemIterator::SKIP_DOTS));
        foreach ($files as $file) {
            if (strtolower($file->getExtension()) !== 'csv') {
                continue;
            }

            $handle = fopen($file->getPathname(), 'r');
            if ($handle === false) {
                continue;
            }

            $header = fgetcsv($handle, escape: '');
            if ($header === false || array_map('trim', $header) !== self::EXPECTED_HEADER) {
                $this->logger->warning('Unexpected CSV header', ['file' => $file->getFilename(), 'region' => $region]);
                fclose($handle);
                continue;
            }

            while (($row = fgetcsv($handle, escape: '')) !== false) {
                if (count($row) !== count(self::EXPECTED_HEADER)) {
                    ++$skipped;
                    continue;
                }

                $record = array_combine(self::EXPECTED_HEADER, $row);
                $campaign = $this->campaigns->findOneBy(['slug' => trim($record['campaign_slug'])]);
                if ($campaign === null || filter_var($record['email'], FILTER_VALIDATE_EMAIL) === false) {
                    ++$skipped;
                    continue;
                }

                $donor = $this->donors->findOrCreate($record['email'], $record['first_name'], $record['last_name']);
                $donation = new Donation($campaign, (int) round((float) $record['amount'] * 100), strtoupper($record['currency'] ?: 'GBP'));
                $donation->setDonor($donor);
                $donation->setChannel(Donation::CHANNEL_IMPORT);
                $donation->setGiftAid($record['gift_aid'] === '1' && $record['postcode'] !== '');
                $donation->markCompleted(sprintf('import-%s-%s', $region, substr(sha1(implode('|', $row)), 0, 16)));
                $this->em->persist($donation);
                $campaign->addRaised($donation->getAmountMinor());
                ++$imported;

                if ($imported % 200 === 0) {
                    $this->em->flush();
                }
            }
            fclose($handle);
        }

        $this->em->flush();

        return ['imported' => $imported, 'skipped' => $skipped];
    }
}
