<?php

namespace App\Controller\Admin;

use App\Service\GiftAidXmlService;
use App\Util\InputPatterns;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\File\UploadedFile;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[Route('/admin/gift-aid')]
#[IsGranted('ROLE_FINANCE')]
class GiftAidController extends AbstractController
{
    public function __construct(private readonly GiftAidXmlService $xml)
    {
    }

    #[Route('/responses', name: 'admin_giftaid_response_upload', methods: ['POST'])]
    public function uploadResponse(Request $request): JsonResponse
    {
        $upload = $request->files->get('response');
        if (!$upload instanceof UploadedFile || !$upload->isValid()) {
            return $this->json(['error' => 'Attach the HMRC response file.'], Response::HTTP_BAD_REQUEST);
        }

        $xml = file_get_contents($upload->getPathname());

        try {
            $dom = $this->xml->parseClaimResponse($xml);
        } catch (\InvalidArgumentException $e) {
            return $this->json(['error' => $e->getMessage()], Response::HTTP_UNPROCESSABLE_ENTITY);
        }

        $target = $this->xml->latestResponsePath();
        if (!is_dir(dirname($target))) {
            mkdir(dirname($target), 0750, true);
        }
        $dom->save($target);

        return $this->json($this->xml->claimSummary($dom));
    }

    #[Route('/responses/latest/claims/{reference}', name: 'admin_giftaid_response_claim', methods: ['GET'])]
    public function claimInLatest(string $reference): JsonResponse
    {
        if (!InputPatterns::isClaimReference($reference)) {
            return $this->json(['error' => 'Claim references look like GA-2024-000123.'], Response::HTTP_BAD_REQUEST);
        }

        $claim = $this->xml->findClaimByReference($this->xml->loadLatestResponse(), $reference);
        if ($claim === null) {
            return $this->json(['error' => 'Claim not in the latest response.'], Response::HTTP_NOT_FOUND);
        }

        return $this->json([
            'reference' => $reference,
            'status' => $claim->getAttribute('status'),
            'text' => trim($claim->textContent),
        ]);
    }

    #[Route('/declarations', name: 'admin_giftaid_declarations', methods: ['POST'])]
    public function importDeclarations(Request $request): JsonResponse
    {
        $upload = $request->files->get('batch');
        if (!$upload instanceof UploadedFile || !$upload->isValid()) {
            return $this->json(['error' => 'Attach the CRM declaration export.'], Response::HTTP_BAD_REQUEST);
        }

        try {
            $rows = $this->xml->parseDeclarationBatch(file_get_contents($upload->getPathname()));
        } catch (\InvalidArgumentException $e) {
            return $this->json(['error' => $e->getMessage()], Response::HTTP_UNPROCESSABLE_ENTITY);
        }

        $valid = array_values(array_filter($rows, static fn (array $r) => InputPatterns::isUkPostcode($r['postcode'])));

        return $this->json(['received' => count($rows), 'valid' => count($valid), 'rows' => $valid]);
    }
}
