<?php

declare(strict_types=1);

namespace App\Controller;

use App\Entity\Member;
use App\Service\InvoiceService;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\CurrentUser;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[Route('/api/invoices')]
#[IsGranted('ROLE_MEMBER')]
final class InvoiceController extends AbstractController
{
    public function __construct(private readonly InvoiceService $invoices)
    {
    }

    #[Route('', name: 'invoice_index', methods: ['GET'])]
    public function index(#[CurrentUser] Member $member, Request $request): JsonResponse
    {
        $status = $request->query->getString('status', 'open');

        return $this->json($this->invoices->listForMember($member, $status));
    }

    #[Route('/monthly/{year}/{month}', name: 'invoice_monthly', requirements: ['year' => '\d{4}', 'month' => '\d{1,2}'], methods: ['GET'])]
    public function monthly(#[CurrentUser] Member $member, int $year, int $month): JsonResponse
    {
        try {
            return $this->json($this->invoices->forMonth($member, $year, $month));
        } catch (\DomainException $e) {
            return $this->json(['error' => $e->getMessage()], 400);
        }
    }

    #[Route('/{number}/preview', name: 'invoice_preview', requirements: ['number' => 'INV-\d+'], methods: ['GET'])]
    public function preview(#[CurrentUser] Member $member, string $number, Request $request): Response
    {
        $layout = $request->query->getString('layout', 'standard');

        return new Response($this->invoices->renderHtml($member, $number, $layout));
    }

    #[Route('/archive', name: 'invoice_archive', methods: ['GET'])]
    public function archive(#[CurrentUser] Member $member, Request $request): Response
    {
        $file = $request->query->getString('file');
        $pdf = $this->invoices->archivedPdf($member, $file);

        return new Response($pdf, 200, [
            'Content-Type' => 'application/pdf',
            'Content-Disposition' => 'inline; filename="invoice.pdf"',
        ]);
    }
}
