<?php

namespace App\Controller;

use App\Repository\HoldRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Exception\BadRequestHttpException;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/holds')]
final class HoldController extends AbstractController
{
    public function __construct(private readonly HoldRepository $holds) {}

    #[Route('/search', name: 'hold_search', methods: ['POST'])]
    public function search(Request $request): JsonResponse
    {
        $criteria = $this->jsonBody($request);
        return $this->json(['holds' => $this->holds->search($criteria)]);
    }

    #[Route('/position', name: 'hold_position', methods: ['POST'])]
    public function position(Request $request): JsonResponse
    {
        $body = $this->jsonBody($request);
        $isbn = is_scalar($body['isbn'] ?? null) ? (string) $body['isbn'] : '';
        $card = is_scalar($body['member'] ?? null) ? (string) $body['member'] : '';
        return $this->json(['position' => $this->holds->queuePosition($isbn, $card)]);
    }

    #[Route('/by-title', name: 'hold_by_title', methods: ['GET'])]
    public function byTitle(Request $request): JsonResponse
    {
        $title = trim((string) $request->query->get('title', ''));
        if ($title === '') {
            throw new BadRequestHttpException('title is required');
        }
        return $this->json(['holds' => $this->holds->findByTitleFragment($title)]);
    }

    private function jsonBody(Request $request): array
    {
        try {
            $data = json_decode($request->getContent(), true, 16, JSON_THROW_ON_ERROR);
        } catch (\JsonException) {
            throw new BadRequestHttpException('Invalid JSON');
        }
        return is_array($data) ? $data : [];
    }
}
