<?php

declare(strict_types=1);

namespace Tidemill\MessageHandler;

use Psr\Log\LoggerInterface;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;
use Symfony\Component\Messenger\Exception\UnrecoverableMessageHandlingException;
use Symfony\Contracts\HttpClient\HttpClientInterface;
use Tidemill\Message\FetchRemoteResults;
use Tidemill\Message\GenerateHireInvoice;
use Tidemill\Message\NotifyHireWebhook;
use Tidemill\Repository\BoatRepository;
use Tidemill\Repository\HireRepository;
use Tidemill\Repository\MemberRepository;
use Tidemill\Security\UrlPolicy;
use Tidemill\Service\PdfRenderer;
use Tidemill\Service\ResultsImportService;
use Tidemill\Service\WebhookNotifier;
use Twig\Environment;

#[AsMessageHandler]
final class GenerateHireInvoiceHandler
{
    private const VAT_RATE = 0.2;

    public function __construct(
        private readonly HireRepository $hires,
        private readonly PdfRenderer $pdf,
        private readonly Environment $twig,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function __invoke(GenerateHireInvoice $message): void
    {
        $data = $this->hires->invoiceData($message->bookingId);
        if ($data === null) {
            $this->logger->warning('Invoice requested for missing booking', ['id' => $message->bookingId]);

            return;
        }

        $gross = (int) $data['total_pence'];
        $net = (int) round($gross / (1 + self::VAT_RATE));
        $html = $this->twig->render('hire/invoice.html.twig', [
            'booking' => $data,
            'net' => $net / 100,
            'vat' => ($gross - $net) / 100,
            'gross' => $gross / 100,
            'issued' => new \DateTimeImmutable(),
        ]);

        $file = $this->pdf->renderInvoice($html, (string) $data['reference'], (string) $data['surname']);
        $this->logger->info('Hire invoice generated', ['booking' => $data['reference'], 'file' => basename($file)]);
    }
}

#[AsMessageHandler]
final class NotifyHireWebhookHandler
{
    public function __construct(
        private readonly MemberRepository $members,
        private readonly HireRepository $hires,
        private readonly BoatRepository $boats,
        private readonly WebhookNotifier $notifier,
    ) {
    }

    public function __invoke(NotifyHireWebhook $message): void
    {
        $member = $this->members->find($message->memberId);
        $data = $this->hires->invoiceData($message->bookingId);
        if ($member === null || $member->webhookUrl === null || $data === null) {
            return;
        }

        $text = sprintf(
            '%s has booked %s (%s) from %s to %s. Ref %s',
            $member->firstName,
            $data['boat_name'],
            $data['boat_class'],
            (new \DateTimeImmutable($data['starts_at']))->format('D j M H:i'),
            (new \DateTimeImmutable($data['ends_at']))->format('H:i'),
            $data['reference']
        );

        $this->notifier->notifyMember($member->webhookUrl, $text, ['reference' => $data['reference']]);
    }
}

#[AsMessageHandler]
final class FetchRemoteResultsHandler
{
    public function __construct(
        private readonly HttpClientInterface $resultsMirror,
        private readonly UrlPolicy $urls,
        private readonly ResultsImportService $import,
        private readonly WebhookNotifier $notifier,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function __invoke(FetchRemoteResults $message): void
    {
        if (!$this->urls->isAllowedResultsHost($message->url)) {
            throw new UnrecoverableMessageHandlingException('Results host is not on the approved list');
        }

        $response = $this->resultsMirror->request('GET', $message->url, ['max_redirects' => 0]); // SAFE ssrf
        if ($response->getStatusCode() !== 200) {
            $this->logger->warning('Remote results fetch failed', ['status' => $response->getStatusCode()]);

            return;
        }
        $xml = $response->getContent();
        $totals = $this->import->importSailwave($message->seriesId, $xml);

        if ($message->announceTo !== null) {
            $this->notifier->notifyChannel($message->announceTo, sprintf('Results imported: %d races, %d entries.', $totals['races'], $totals['entries']));
        }
    }
}
