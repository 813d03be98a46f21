<?php

namespace App\Controller;

use App\Repository\CampaignRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

/**
 * Progress bar data for the embeddable widget on partner sites and our WordPress blog.
 */
class WidgetApiController extends AbstractController
{
    public function __construct(
        private readonly CampaignRepository $campaigns,
        private readonly array $widgetOrigins,
    ) {
    }

    #[Route('/widget/campaigns/{slug}/progress', name: 'widget_progress', methods: ['GET', 'OPTIONS'])]
    public function progress(string $slug, Request $request): JsonResponse
    {
        $response = new JsonResponse();
        $origin = $request->headers->get('Origin', '');

        if (in_array($origin, $this->widgetOrigins, true)) {
            $response->headers->set('Access-Control-Allow-Origin', $origin); // SAFE cors
            $response->headers->set('Access-Control-Allow-Credentials', 'true');
            $response->headers->set('Vary', 'Origin');
        }

        if ($request->isMethod('OPTIONS')) {
            $response->headers->set('Access-Control-Allow-Methods', 'GET');
            $response->setStatusCode(Response::HTTP_NO_CONTENT);

            return $response;
        }

        $campaign = $this->campaigns->findLiveBySlug($slug);
        if ($campaign === null) {
            return $response->setData(['error' => 'not_found'])->setStatusCode(Response::HTTP_NOT_FOUND);
        }

        $response->setData([
            'title' => $campaign->getTitle(),
            'raisedMinor' => $campaign->getRaisedMinor(),
            'goalMinor' => $campaign->getGoalMinor(),
            'percent' => $campaign->getProgressPercent(),
            'currency' => $campaign->getCurrency(),
            'endsAt' => $campaign->getEndsAt()?->format(DATE_ATOM),
        ]);
        $response->setPublic();
        $response->setMaxAge(60);

        return $response;
    }
}
