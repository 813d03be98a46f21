<?php

namespace App\Controller;

use App\Dto\ReportFilter;
use App\Entity\Donation;
use App\Service\ReportService;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpFoundation\StreamedResponse;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/reports')]
class ReportController extends AbstractController
{
    private const CHANNELS = [
        Donation::CHANNEL_WEB,
        Donation::CHANNEL_WIDGET,
        Donation::CHANNEL_IMPORT,
        Donation::CHANNEL_RECURRING,
    ];

    public function __construct(private readonly ReportService $reports)
    {
    }

    #[Route('/campaign-totals', name: 'report_campaign_totals', methods: ['GET'])]
    public function campaignTotals(Request $request): JsonResponse
    {
        $filter = ReportFilter::fromRequest($request);
        if (!in_array($filter->channel, self::CHANNELS, true)) {
            return $this->json(['error' => 'Unknown channel'], Response::HTTP_BAD_REQUEST);
        }

        return $this->json([
            'from' => $filter->from->format('Y-m-d'),
            'to' => $filter->to->format('Y-m-d'),
            'rows' => $this->reports->campaignTotals($filter),
        ]);
    }

    #[Route('/month', name: 'report_month', methods: ['GET'])]
    public function month(Request $request): JsonResponse
    {
        try {
            $rows = $this->reports->monthTotals($request->query->getString('period', date('Y-m')));
        } catch (\InvalidArgumentException $e) {
            return $this->json(['error' => $e->getMessage()], Response::HTTP_BAD_REQUEST);
        }

        return $this->json(['rows' => $rows]);
    }

    #[Route('/grouped.csv', name: 'report_grouped_csv', methods: ['GET'])]
    public function groupedCsv(Request $request): Response
    {
        try {
            $rows = $this->reports->groupedTotals($request->query->getString('by', 'campaign'));
        } catch (\InvalidArgumentException $e) {
            return new Response($e->getMessage(), Response::HTTP_BAD_REQUEST, ['Content-Type' => 'text/plain']);
        }

        $response = new StreamedResponse(static function () use ($rows): void {
            $out = fopen('php://output', 'w');
            fputcsv($out, ['bucket', 'gifts', 'total'], escape: '');
            foreach ($rows as $row) {
                fputcsv($out, [$row['bucket'], $row['gifts'], ReportService::formatMinor($row['total_minor'])], escape: '');
            }
            fclose($out);
        });
        $response->headers->set('Content-Type', 'text/csv; charset=utf-8');
        $response->headers->set('Content-Disposition', 'attachment; filename="donations-grouped.csv"');

        return $response;
    }
}
