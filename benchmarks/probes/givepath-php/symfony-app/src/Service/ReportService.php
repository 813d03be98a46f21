<?php

namespace App\Service;

use App\Dto\ReportFilter;
use App\Repository\DonationRepository;

class ReportService
{
    public function __construct(private readonly DonationRepository $donations)
    {
    }

    public function campaignTotals(ReportFilter $filter): array
    {
        return $this->donations->campaignTotals($filter->from, $filter->to, $filter->channel, $filter->status);
    }

    public function monthTotals(string $period): array
    {
        if (!preg_match('/\d{4}-\d{2}/', $period)) {
            throw new \InvalidArgumentException('Period must look like 2024-05.');
        }

        return $this->donations->totalsForPeriod($period);
    }

    public function groupedTotals(string $dimension): array
    {
        $bucket = match ($dimension) {
            'campaign' => 'campaign_id',
            'channel' => 'channel',
            'currency' => 'currency',
            'month' => "DATE_FORMAT(created_at, '%Y-%m')",
            default => throw new \InvalidArgumentException(sprintf('Cannot group by "%s".', $dimension)),
        };

        return $this->donations->totalsGroupedBy($bucket);
    }

    /**
     * Formats minor units for CSV exports (e.g. 123456 -> "1234.56").
     */
    public static function formatMinor(int|string|null $minor): string
    {
        return number_format(((int) $minor) / 100, 2, '.', '');
    }
}
