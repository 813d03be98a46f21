<?php

namespace App\Controller;

use App\Entity\Donation;
use App\Repository\DonationRepository;
use App\Repository\DonorRepository;
use App\Service\ReceiptGenerator;
use App\Service\ReceiptStorage;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[IsGranted('ROLE_STAFF')]
class ReceiptController extends AbstractController
{
    public function __construct(private readonly ReceiptStorage $storage)
    {
    }

    #[Route('/admin/receipts/download', name: 'admin_receipt_download', methods: ['GET'])]
    public function download(Request $request): BinaryFileResponse
    {
        $file = $request->query->getString('file');
        if ($file === '') {
            throw $this->createNotFoundException();
        }

        return $this->storage->download($file);
    }

    #[Route('/admin/receipts/statements/{year<\d{4}>}', name: 'admin_statement_download', methods: ['GET'])]
    public function statement(int $year, Request $request): BinaryFileResponse
    {
        return $this->storage->downloadStatement($year, $request->query->getString('file'));
    }

    #[Route('/admin/donors/{id<\d+>}/statements/{year<\d{4}>}', name: 'admin_statement_generate', methods: ['POST'])]
    public function generateStatement(
        int $id,
        int $year,
        DonorRepository $donors,
        DonationRepository $donations,
        ReceiptGenerator $generator,
    ): Response {
        $donor = $donors->find($id) ?? throw $this->createNotFoundException();

        $from = new \DateTimeImmutable(sprintf('%d-04-06', $year));
        $to = new \DateTimeImmutable(sprintf('%d-04-05 23:59:59', $year + 1));
        $gifts = array_filter(
            $donations->findBy(['donor' => $donor, 'status' => Donation::STATUS_COMPLETED]),
            static fn (Donation $d) => $d->getCreatedAt() >= $from && $d->getCreatedAt() <= $to,
        );

        $file = $generator->generateAnnualStatement($donor, array_values($gifts), $year);
        $this->addFlash('success', sprintf('Statement %s created.', $file));

        return $this->redirectToRoute('admin_statement_download', ['year' => $year, 'file' => $file]);
    }
}
