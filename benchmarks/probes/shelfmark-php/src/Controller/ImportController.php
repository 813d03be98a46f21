<?php

namespace App\Controller;

use App\Import\ArchiveImporter;
use App\Import\BibliographicXmlReader;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\File\UploadedFile;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Exception\BadRequestHttpException;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/staff/import')]
final class ImportController extends AbstractController
{
    public function __construct(private readonly ArchiveImporter $archives, private readonly BibliographicXmlReader $xmlReader) {}

    #[Route('/covers', name: 'import_covers', methods: ['POST'])]
    public function covers(Request $request): JsonResponse
    {
        $upload = $this->requireUpload($request, 'archive');
        return $this->json(['imported' => $this->archives->importCoverArchive($upload->getPathname())]);
    }

    #[Route('/digitised/{collectionId}', name: 'import_digitised', requirements: ['collectionId' => '\d+'], methods: ['POST'])]
    public function digitised(Request $request, int $collectionId): JsonResponse
    {
        $upload = $this->requireUpload($request, 'archive');
        return $this->json(['imported' => $this->archives->importDigitisedBundle($upload->getPathname(), $collectionId)]);
    }

    #[Route('/marc', name: 'import_marc', methods: ['POST'])]
    public function marc(Request $request): JsonResponse
    {
        $upload = $this->requireUpload($request, 'records');
        $records = $this->xmlReader->parseMarc((string) file_get_contents($upload->getPathname()));
        return $this->json(['count' => count($records), 'records' => array_slice($records, 0, 20)]);
    }

    #[Route('/onix', name: 'import_onix', methods: ['POST'])]
    public function onix(Request $request): JsonResponse
    {
        $products = $this->xmlReader->parseOnix($request->getContent());
        return $this->json(['count' => count($products), 'products' => array_slice($products, 0, 20)]);
    }

    private function requireUpload(Request $request, string $field): UploadedFile
    {
        $this->denyAccessUnlessGranted('ROLE_CATALOGUER');
        $upload = $request->files->get($field);
        if (!$upload instanceof UploadedFile || !$upload->isValid()) {
            throw new BadRequestHttpException(sprintf('Missing upload "%s"', $field));
        }
        return $upload;
    }
}
