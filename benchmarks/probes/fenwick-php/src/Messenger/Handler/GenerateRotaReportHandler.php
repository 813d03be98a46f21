<?php

declare(strict_types=1);

namespace Fenwick\Messenger\Handler;

use Fenwick\Infrastructure\Persistence\ReportRepository;
use Fenwick\Messenger\Message\GenerateRotaReport;
use Psr\Log\LoggerInterface;
use RuntimeException;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class GenerateRotaReportHandler
{
    public function __construct(
        private readonly ReportRepository $reports,
        private readonly string $reportDir,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function __invoke(GenerateRotaReport $message): void
    {
        $rows = $this->reports->cleaningHoursByArea($message->area, $message->from, $message->to);

        $file = sprintf('%s/rota-%s-%s.csv', rtrim($this->reportDir, '/'), date('YmdHis'), bin2hex(random_bytes(3)));
        $handle = fopen($file, 'wb');
        if ($handle === false) {
            throw new RuntimeException('Cannot write report');
        }

        fputcsv($handle, ['Cleaner', 'Shifts', 'Hours']);
        foreach ($rows as $row) {
            fputcsv($handle, [$row['cleaner_uid'], (int) $row['shifts'], round(((int) $row['minutes']) / 60, 1)]);
        }
        fclose($handle);

        $this->reports->recordReportRun($message->area, $message->requestedBy, basename($file));
        $this->logger->info('Rota report generated', ['area' => $message->area, 'rows' => count($rows)]);
    }
}
