<?php

namespace App\Controller;

use App\Repository\DonorRepository;
use App\Service\EngagementService;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[Route('/api')]
class DonorApiController extends AbstractController
{
    public function __construct(
        private readonly DonorRepository $donors,
        private readonly EngagementService $engagement,
    ) {
    }

    #[Route('/donors/search', name: 'api_donor_search', methods: ['GET'])]
    #[IsGranted('ROLE_STAFF')]
    public function search(Request $request): JsonResponse
    {
        $q = trim($request->query->getString('q'));
        if (mb_strlen($q) < 3) {
            return $this->json(['results' => []]);
        }

        return $this->json(['results' => $this->donors->searchByEmailFragment($q)]);
    }

    #[Route('/donors/{id}', name: 'api_donor_show', requirements: ['id' => '\d+'], methods: ['GET'])]
    #[IsGranted('ROLE_STAFF')]
    public function show(int $id): JsonResponse
    {
        $summary = $this->donors->findSummaryById($id);
        if ($summary === null) {
            return $this->json(['error' => 'Donor not found'], Response::HTTP_NOT_FOUND);
        }

        return $this->json($summary);
    }

    #[Route('/engagement/events', name: 'api_engagement_events', methods: ['GET'])]
    #[IsGranted('ROLE_STAFF')]
    public function events(Request $request): JsonResponse
    {
        $filters = $request->query->all('filter');

        return $this->json(['events' => $this->engagement->search($filters)]);
    }

    #[Route('/engagement/timeline', name: 'api_engagement_timeline', methods: ['GET'])]
    #[IsGranted('ROLE_STAFF')]
    public function timeline(Request $request): JsonResponse
    {
        $email = $request->query->getString('email');
        if (filter_var($email, FILTER_VALIDATE_EMAIL) === false) {
            return $this->json(['error' => 'A valid email is required'], Response::HTTP_BAD_REQUEST);
        }

        return $this->json(['events' => $this->engagement->timeline($email)]);
    }

    #[Route('/email-preferences', name: 'api_email_preferences', methods: ['POST'])]
    public function emailPreferences(Request $request): JsonResponse
    {
        $payload = $request->toArray();
        if (empty($payload['email']) || empty($payload['token'])) {
            return $this->json(['error' => 'This link is incomplete.'], Response::HTTP_BAD_REQUEST);
        }

        if (!$this->engagement->updateEmailPreferences($payload)) {
            return $this->json(['error' => 'This link has expired.'], Response::HTTP_NOT_FOUND);
        }

        return $this->json(['status' => 'updated']);
    }

    #[Route('/giving-summary', name: 'api_giving_summary', methods: ['POST'])]
    public function givingSummary(Request $request): JsonResponse
    {
        $payload = $request->toArray();
        if (empty($payload['donorRef']) || empty($payload['postcode'])) {
            return $this->json(['error' => 'Supporter number and postcode are required'], Response::HTTP_BAD_REQUEST);
        }

        $summary = $this->engagement->givingSummary($payload);
        if ($summary === null) {
            return $this->json(['error' => 'We could not find that supporter'], Response::HTTP_NOT_FOUND);
        }

        return $this->json([
            'name' => $summary['name'] ?? null,
            'donorRef' => $summary['donorRef'] ?? null,
            'lifetimeMinor' => $summary['lifetimeMinor'] ?? 0,
            'giftAidMinor' => $summary['giftAidMinor'] ?? 0,
            'lastGiftAt' => $summary['lastGiftAt'] ?? null,
        ]);
    }
}
