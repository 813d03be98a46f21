<?php

namespace App\Controller\Admin;

use App\Message\ImportDonationsArchive;
use App\Repository\DonorRepository;
use App\Service\DonationImporter;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\File\UploadedFile;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Messenger\MessageBusInterface;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[Route('/admin/imports')]
#[IsGranted('ROLE_STAFF')]
class ImportController extends AbstractController
{
    private const REGIONS = ['north', 'midlands', 'south-east', 'south-west', 'wales', 'scotland', 'ni'];

    public function __construct(private readonly string $importDir)
    {
    }

    #[Route('/donations', name: 'admin_import_donations', methods: ['POST'])]
    public function donations(Request $request, MessageBusInterface $bus): JsonResponse
    {
        $region = $request->request->getString('region');
        if (!in_array($region, self::REGIONS, true)) {
            return $this->json(['error' => 'Choose a region.'], Response::HTTP_BAD_REQUEST);
        }

        $archive = $request->files->get('archive');
        if (!$archive instanceof UploadedFile || !$archive->isValid() || $archive->guessExtension() !== 'zip') {
            return $this->json(['error' => 'Please upload a .zip export.'], Response::HTTP_BAD_REQUEST);
        }

        $stored = $archive->move($this->importDir . '/incoming', sprintf('%s-%s.zip', $region, bin2hex(random_bytes(8))));
        $bus->dispatch(new ImportDonationsArchive(
            $stored->getPathname(),
            $this->getUser()?->getUserIdentifier() ?? 'unknown',
            $region,
        ));

        return $this->json(['status' => 'queued'], Response::HTTP_ACCEPTED);
    }

    #[Route('/donors/{id<\d+>}/declarations', name: 'admin_import_declarations', methods: ['POST'])]
    public function declarationScans(int $id, Request $request, DonorRepository $donors, DonationImporter $importer): JsonResponse
    {
        $donor = $donors->find($id) ?? throw $this->createNotFoundException();

        $archive = $request->files->get('scans');
        if (!$archive instanceof UploadedFile || !$archive->isValid()) {
            return $this->json(['error' => 'No archive received.'], Response::HTTP_BAD_REQUEST);
        }

        $saved = $importer->extractDeclarationScans($archive->getPathname(), $donor->getId());
        if ($saved !== [] && !$donor->hasGiftAidDeclaration()) {
            $donor->declareGiftAid();
        }

        return $this->json(['saved' => $saved]);
    }
}
