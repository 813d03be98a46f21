<?php

namespace App\Controller;

use App\Dto\OfferRequest;
use App\Entity\Offer;
use App\Repository\OfferRepository;
use App\Service\CommissionCalculator;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Attribute\MapRequestPayload;
use Symfony\Component\HttpKernel\Exception\BadRequestHttpException;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/offers')]
final class OfferController extends AbstractController
{
    public function __construct(
        private readonly OfferRepository $offers,
        private readonly CommissionCalculator $commission,
    ) {}

    #[Route('', name: 'offer_submit', methods: ['POST'])]
    public function submit(#[MapRequestPayload] OfferRequest $offer): JsonResponse
    {
        $previous = $this->offers->previousOffersFrom($offer);
        $saved = $this->offers->create($offer);

        return $this->json(['id' => $saved->getId(), 'status' => $saved->getStatus(), 'previousOffers' => \count($previous)], 201);
    }

    #[Route('/listing/{listingId<\d+>}', name: 'offer_for_listing', methods: ['GET'])]
    public function forListing(int $listingId, Request $request): JsonResponse
    {
        $this->denyAccessUnlessGranted('ROLE_AGENT');
        $status = $request->query->get('status');
        $stage = $request->query->get('stage');
        if ($stage !== null && !\in_array($stage, Offer::STATUSES, true)) {
            throw new BadRequestHttpException('Unknown offer status.');
        }

        return $this->json($this->offers->forListing($listingId, $status ?? $stage));
    }

    #[Route('/commission/preview', name: 'offer_commission_preview', methods: ['POST'])]
    public function commissionPreview(Request $request): JsonResponse
    {
        $this->denyAccessUnlessGranted('ROLE_BROKER');
        $price = $request->request->getInt('sale_price');
        $formula = (string) $request->request->get('formula', CommissionCalculator::DEFAULT_FORMULA);

        return $this->json([
            'custom' => $this->commission->evaluate($formula, $price),
            'standard' => $this->commission->tiered($price),
        ]);
    }
}
