<?php

declare(strict_types=1);

namespace App\Controller;

use App\Client\LandlordApiClient;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

/**
 * Integration with Harbour Landlords, who own most of the buildings we operate in.
 */
#[Route('/api/landlord')]
#[IsGranted('ROLE_ADMIN')]
final class LandlordController extends AbstractController
{
    public function __construct(private readonly LandlordApiClient $landlord)
    {
    }

    #[Route('/properties/{propertyId}/leases', name: 'landlord_leases', methods: ['GET'])]
    public function leases(string $propertyId): JsonResponse
    {
        return $this->json($this->landlord->leases($propertyId));
    }

    /**
     * Lets an operator check that the callback URL registered with the landlord answers.
     */
    #[Route('/callback/verify', name: 'landlord_callback_verify', methods: ['POST'])]
    public function verifyCallback(Request $request): JsonResponse
    {
        $data = $request->toArray();
        $callbackUrl = trim((string) ($data['callbackUrl'] ?? ''));

        if ($callbackUrl === '') {
            return $this->json(['error' => 'callbackUrl is required'], 400);
        }

        return $this->json($this->landlord->probeCallback($callbackUrl));
    }

    #[Route('/documents/fetch', name: 'landlord_document_fetch', methods: ['POST'])]
    public function fetchDocument(Request $request): Response
    {
        $data = $request->toArray();

        try {
            $body = $this->landlord->downloadDocument((string) ($data['url'] ?? ''));
        } catch (\InvalidArgumentException $e) {
            return $this->json(['error' => $e->getMessage()], 400);
        }

        return new Response($body, 200, ['Content-Type' => 'application/pdf']);
    }
}
