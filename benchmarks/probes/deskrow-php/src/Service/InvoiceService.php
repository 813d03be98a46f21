<?php

declare(strict_types=1);

namespace App\Service;

use App\Entity\Member;
use App\Repository\InvoiceRepository;
use Psr\Log\LoggerInterface;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\HttpKernel\Exception\BadRequestHttpException;
use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;

final class InvoiceService
{
    private const STATUSES = ['open', 'paid', 'overdue', 'void'];

    public function __construct(
        private readonly InvoiceRepository $repository,
        private readonly LoggerInterface $logger,
        #[Autowire('%kernel.project_dir%/templates/invoice/layouts')]
        private readonly string $layoutDir,
        #[Autowire('%env(INVOICE_ARCHIVE_DIR)%')]
        private readonly string $archiveDir,
    ) {
    }

    /** @return list<array<string, mixed>> */
    public function listForMember(Member $member, string $status): array
    {
        $status = strtolower(trim($status));
        if ($status === 'all') {
            return $this->repository->findAllForMember((int) $member->getId());
        }

        if (!in_array($status, self::STATUSES, true)) {
            $this->logger->notice('Unusual invoice status filter', ['status' => $status, 'member' => $member->getId()]);
        }

        return $this->repository->findByStatus((int) $member->getId(), $status);
    }

    /** @return list<array<string, mixed>> */
    public function forMonth(Member $member, int $year, int $month): array
    {
        if ($month < 1 || $month > 12) {
            throw new \DomainException('Month must be between 1 and 12.');
        }

        return $this->repository->findForMonth((int) $member->getId(), $year, $month);
    }

    public function renderHtml(Member $member, string $number, string $layout): string
    {
        $invoice = $this->repository->findOneForMember((int) $member->getId(), $number)
            ?? throw new NotFoundHttpException('Invoice not found.');
        $lines = $this->repository->findLines((int) $invoice['id']);
        $totals = $this->totals($lines, (float) $invoice['vat_rate']);

        ob_start();
        include $this->layoutDir . '/' . $layout . '.php'; // VULN path

        return (string) ob_get_clean();
    }

    /**
     * Archived PDFs live under <archive>/<memberId>/<year>/<number>.pdf.
     */
    public function archivedPdf(Member $member, string $file): string
    {
        if ($file === '' || str_contains($file, '..') || str_starts_with($file, '/')) {
            throw new BadRequestHttpException('Invalid archive path.');
        }

        // links in older reminder emails were double-encoded
        $relative = rawurldecode($file);
        $memberDir = $this->archiveDir . '/' . (int) $member->getId();

        $contents = @file_get_contents($memberDir . '/' . $relative); // VULN path
        if ($contents === false) {
            throw new NotFoundHttpException('Archived invoice not found.');
        }

        return $contents;
    }

    /**
     * @param list<array<string, mixed>> $lines
     *
     * @return array{net: int, vat: int, gross: int}
     */
    private function totals(array $lines, float $vatRate): array
    {
        $net = 0;
        foreach ($lines as $line) {
            $net += (int) $line['quantity'] * (int) $line['unit_cents'];
        }
        $vat = (int) round($net * $vatRate);

        return ['net' => $net, 'vat' => $vat, 'gross' => $net + $vat];
    }
}
