<?php

namespace App\Controller;

use App\Service\ReportExporter;
use App\Service\ShelfExportStorage;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpFoundation\StreamedResponse;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/staff/reports')]
final class ReportController extends AbstractController
{
    public function __construct(private readonly ReportExporter $exporter, private readonly ShelfExportStorage $storage) {}

    #[Route('/loans', name: 'report_loans', methods: ['POST'])]
    public function loans(Request $request): JsonResponse
    {
        $file = $this->exporter->exportLoans(
            (string) $request->request->get('branch', 'central'),
            (string) $request->request->get('format', 'csv'),
            (string) $request->request->get('since', date('Y-m-01')),
        );
        return $this->json(['file' => $file]);
    }

    #[Route('/fines', name: 'report_fines', methods: ['POST'])]
    public function fines(Request $request): JsonResponse
    {
        $file = $this->exporter->exportFines((string) $request->request->get('branch', 'central'), (string) $request->request->get('format', 'csv'));
        return $this->json(['file' => $file]);
    }

    #[Route('/preview', name: 'report_preview', methods: ['GET'])]
    public function preview(Request $request): Response
    {
        $text = $this->storage->preview((string) $request->query->get('name'));
        return new Response($text, 200, ['Content-Type' => 'text/plain; charset=UTF-8']);
    }

    #[Route('/download/{name}', name: 'report_download', requirements: ['name' => '.+'], methods: ['GET'])]
    public function download(Request $request): StreamedResponse
    {
        $name = (string) $request->attributes->get('name');
        $handle = $this->storage->open($name);
        $format = pathinfo($name, PATHINFO_EXTENSION);
        return new StreamedResponse(static function () use ($handle): void {
            fpassthru($handle);
            fclose($handle);
        }, 200, [
            'Content-Type' => $this->exporter->mimeType($format),
            'Content-Disposition' => 'attachment; filename="' . rawurlencode(basename($name)) . '"',
        ]);
    }
}
