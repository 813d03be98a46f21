<?php

namespace App\Controller;

use App\Service\DocumentService;
use App\Storage\DocumentStorage;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/listings/{listingId<\d+>}/documents')]
final class DocumentController extends AbstractController
{
    public function __construct(
        private readonly DocumentService $documents,
        private readonly DocumentStorage $storage,
    ) {}

    #[Route('/floorplans/{name}', name: 'document_floorplan', requirements: ['name' => '.+'], methods: ['GET'])]
    public function floorplan(int $listingId, string $name): BinaryFileResponse
    {
        $path = $this->storage->resolveInside('listings/' . $listingId . '/floorplans', $name);

        return new BinaryFileResponse($path); // SAFE path
    }

    #[Route('/{filename}', name: 'document_download', requirements: ['filename' => '.+'], methods: ['GET'])]
    public function download(int $listingId, string $filename): Response
    {
        return $this->documents->download($listingId, $filename);
    }
}
