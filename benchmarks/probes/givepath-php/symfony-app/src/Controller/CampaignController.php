<?php

namespace App\Controller;

use App\Entity\Campaign;
use App\Entity\Donation;
use App\Repository\CampaignRepository;
use App\Repository\DonationRepository;
use App\Service\ContentSanitizer;
use App\Service\EngagementService;
use App\Service\MatchingRuleEvaluator;
use App\Service\MediaService;
use App\Util\InputPatterns;
use App\Util\SortWhitelist;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

class CampaignController extends AbstractController
{
    public function __construct(
        private readonly CampaignRepository $campaigns,
        private readonly DonationRepository $donations,
        private readonly MediaService $media,
        private readonly EngagementService $engagement,
    ) {
    }

    #[Route('/campaigns', name: 'campaign_index', methods: ['GET'])]
    public function index(Request $request): Response
    {
        [$field, $direction] = SortWhitelist::campaign(
            $request->query->getString('sort', 'newest'),
            $request->query->getString('dir', 'desc'),
        );

        $page = max(1, $request->query->getInt('page', 1));
        $search = $request->query->getString('q');

        return $this->render('campaign/index.html.twig', [
            'campaigns' => $this->campaigns->findPublished($field, $direction, $search, $page),
            'search' => $search,
            'page' => $page,
        ]);
    }

    #[Route('/campaigns/{slug}', name: 'campaign_show', methods: ['GET'])]
    public function show(string $slug, Request $request): Response
    {
        $campaign = $this->campaigns->findLiveBySlug($slug) ?? throw $this->createNotFoundException();

        $this->engagement->track('page_view', $slug, null, $request->query->getString('utm_source', 'direct'));

        return $this->render('campaign/show.html.twig', [
            'campaign' => $campaign,
            'recent' => $this->donations->findRecentPublicForCampaign($campaign->getId()),
        ]);
    }

    #[Route('/campaigns/{slug}/banner.jpg', name: 'campaign_banner', methods: ['GET'])]
    public function banner(string $slug, Request $request): BinaryFileResponse
    {
        $campaign = $this->campaigns->findLiveBySlug($slug) ?? throw $this->createNotFoundException();

        $width = $request->query->get('w', '1200');
        $height = $request->query->get('h', '630');
        if (!ctype_digit((string) $width) || (int) $width > 2400) {
            throw $this->createNotFoundException();
        }

        $path = $this->media->renderBanner($campaign, $width . 'x' . $height);

        return $this->file($path, null, 'inline');
    }

    #[Route('/campaigns/{slug}/thumbnail.jpg', name: 'campaign_thumbnail', methods: ['GET'])]
    public function thumbnail(string $slug, Request $request): BinaryFileResponse
    {
        $campaign = $this->campaigns->findLiveBySlug($slug) ?? throw $this->createNotFoundException();

        $size = $request->query->getString('size', '320x180');
        if (!InputPatterns::isGeometry($size)) {
            $size = '320x180';
        }

        return $this->file($this->media->thumbnail($campaign, $size), null, 'inline');
    }

    #[Route('/partners/match-preview', name: 'partner_match_preview', methods: ['POST'])]
    #[IsGranted('ROLE_PARTNER')]
    public function matchPreview(Request $request, MatchingRuleEvaluator $evaluator): JsonResponse
    {
        $campaign = $this->campaigns->findLiveBySlug($request->request->getString('campaign'))
            ?? throw $this->createNotFoundException();

        $sample = new Donation($campaign, max(100, $request->request->getInt('amount', 2500)), $campaign->getCurrency());
        $sample->setGiftAid($request->request->getBoolean('gift_aid'));

        return $this->json($evaluator->preview($request->request->getString('rule'), $sample));
    }

    #[Route('/admin/campaigns/{id<\d+>}/summary', name: 'admin_campaign_summary', methods: ['POST'])]
    #[IsGranted('ROLE_STAFF')]
    public function updateSummary(int $id, Request $request, ContentSanitizer $sanitizer, EntityManagerInterface $em): Response
    {
        $campaign = $this->campaigns->find($id) ?? throw $this->createNotFoundException();
        if (!$this->isCsrfTokenValid('campaign-summary-' . $id, $request->request->getString('_token'))) {
            throw $this->createAccessDeniedException();
        }

        $campaign->setTitle(trim($request->request->getString('title', $campaign->getTitle())));
        $campaign->setSummaryHtml($sanitizer->campaignSummary($request->request->getString('summary')));
        $em->flush();

        $this->addFlash('success', 'Campaign summary updated.');

        return $this->redirectToRoute('campaign_show', ['slug' => $campaign->getSlug()]);
    }

    #[Route('/admin/campaigns/{id<\d+>}/status', name: 'admin_campaign_status', methods: ['POST'])]
    #[IsGranted('ROLE_STAFF')]
    public function changeStatus(int $id, Request $request, EntityManagerInterface $em): Response
    {
        $campaign = $this->campaigns->find($id) ?? throw $this->createNotFoundException();
        $status = $request->request->getString('status');

        if (!in_array($status, [Campaign::STATUS_DRAFT, Campaign::STATUS_LIVE, Campaign::STATUS_CLOSED], true)) {
            return new Response('Unknown status', Response::HTTP_BAD_REQUEST);
        }

        $campaign->setStatus($status);
        $em->flush();

        return $this->redirectToRoute('campaign_show', ['slug' => $campaign->getSlug()]);
    }
}
