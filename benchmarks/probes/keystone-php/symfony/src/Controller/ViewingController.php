<?php

namespace App\Controller;

use App\Repository\ViewingActivityRepository;
use App\Security\TokenService;
use App\Service\ViewingService;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/viewings')]
final class ViewingController extends AbstractController
{
    public function __construct(
        private readonly ViewingService $viewings,
        private readonly ViewingActivityRepository $activity,
        private readonly TokenService $tokens,
    ) {}

    #[Route('/book', name: 'viewing_book', methods: ['POST'])]
    public function book(Request $request): JsonResponse
    {
        $listingId = $request->request->getInt('listing_id');
        $email = (string) $request->request->get('email', '');
        $slot = \DateTimeImmutable::createFromFormat('Y-m-d H:i', (string) $request->request->get('slot', ''));
        if ($listingId <= 0 || $slot === false || filter_var($email, FILTER_VALIDATE_EMAIL) === false) {
            return $this->json(['error' => 'Invalid booking request.'], 422);
        }

        return $this->json(['viewingId' => $this->viewings->book($listingId, $email, $slot)], 201);
    }

    #[Route('/{viewingId<\d+>}/confirm', name: 'viewing_confirm', methods: ['POST'])]
    public function confirm(int $viewingId, Request $request): JsonResponse
    {
        $ok = $this->viewings->confirm($viewingId, (string) $request->request->get('code', ''));

        return $this->json(['confirmed' => $ok], $ok ? 200 : 400);
    }

    #[Route('/mine', name: 'viewing_mine', methods: ['GET'])]
    public function mine(Request $request): JsonResponse
    {
        $agentId = $this->tokens->agentIdFromBearer((string) $request->headers->get('Authorization', ''));
        if ($agentId === null) {
            return $this->json(['error' => 'Unauthorised'], 401);
        }

        return $this->json($this->viewings->upcomingForAgent($agentId));
    }

    #[Route('/schedule', name: 'viewing_schedule', methods: ['GET'])]
    public function schedule(Request $request): JsonResponse
    {
        $claims = $this->tokens->verifyAgentToken(substr((string) $request->headers->get('Authorization', ''), 7));
        if ($claims === null || !isset($claims['sub'])) {
            return $this->json(['error' => 'Unauthorised'], 401);
        }

        return $this->json($this->viewings->upcomingForAgent((string) $claims['sub']));
    }

    #[Route('/activity', name: 'viewing_activity_search', methods: ['GET'])]
    public function activity(Request $request): JsonResponse
    {
        $this->denyAccessUnlessGranted('ROLE_AGENT');

        return $this->json($this->activity->search($request->query->all('filter')));
    }

    #[Route('/activity/by-agent', name: 'viewing_activity_agent', methods: ['GET'])]
    public function activityByAgent(Request $request): JsonResponse
    {
        $this->denyAccessUnlessGranted('ROLE_AGENT');

        return $this->json($this->activity->forAgent((string) $request->query->get('agent', '')));
    }

    #[Route('/activity/notes', name: 'viewing_activity_notes', methods: ['GET'])]
    public function notes(Request $request): JsonResponse
    {
        $this->denyAccessUnlessGranted('ROLE_AGENT');
        $term = trim((string) $request->query->get('q', ''));

        return $this->json($term === '' ? [] : $this->activity->searchNotes($term));
    }
}
