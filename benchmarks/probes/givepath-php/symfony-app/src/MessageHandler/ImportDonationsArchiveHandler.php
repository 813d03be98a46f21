<?php

namespace App\MessageHandler;

use App\Message\ImportDonationsArchive;
use App\Service\DonationImporter;
use Psr\Log\LoggerInterface;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class ImportDonationsArchiveHandler
{
    public function __construct(
        private readonly DonationImporter $importer,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function __invoke(ImportDonationsArchive $message): void
    {
        $workDir = $this->importer->extract($message->archivePath, $message->region);
        $result = $this->importer->importCsvDirectory($workDir, $message->region);

        $this->logger->info('Regional import finished', [
            'region' => $message->region,
            'by' => $message->uploadedBy,
            'imported' => $result['imported'],
            'skipped' => $result['skipped'],
        ]);
    }
}
