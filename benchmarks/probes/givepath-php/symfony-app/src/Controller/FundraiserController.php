<?php

namespace App\Controller;

use App\Entity\Donation;
use App\Entity\Fundraiser;
use App\Repository\CampaignRepository;
use App\Service\ContentSanitizer;
use App\Service\LetterPreviewService;
use App\Service\MediaService;
use App\Util\UrlGuard;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\String\Slugger\SluggerInterface;

class FundraiserController extends AbstractController
{
    public function __construct(
        private readonly EntityManagerInterface $em,
        private readonly CampaignRepository $campaigns,
    ) {
    }

    #[Route('/campaigns/{slug}/fundraise', name: 'fundraiser_register', methods: ['POST'])]
    public function register(
        string $slug,
        Request $request,
        SluggerInterface $slugger,
        ContentSanitizer $sanitizer,
        MediaService $media,
    ): Response {
        $campaign = $this->campaigns->findLiveBySlug($slug) ?? throw $this->createNotFoundException();
        if (!$this->isCsrfTokenValid('fundraise-' . $slug, $request->request->getString('_token'))) {
            throw $this->createAccessDeniedException();
        }

        $name = trim($request->request->getString('display_name'));
        $email = trim($request->request->getString('email'));
        if ($name === '' || filter_var($email, FILTER_VALIDATE_EMAIL) === false) {
            $this->addFlash('error', 'Please tell us your name and email address.');

            return $this->redirectToRoute('campaign_show', ['slug' => $slug]);
        }

        $pageSlug = strtolower($slugger->slug($name . '-' . bin2hex(random_bytes(2)))->toString());
        $fundraiser = new Fundraiser($campaign, $pageSlug, mb_substr($name, 0, 120), $email);
        $fundraiser->setStory($sanitizer->plainText($request->request->getString('story')));
        $fundraiser->setTargetMinor(max(0, $request->request->getInt('target', 0)) * 100);

        $website = trim($request->request->getString('website'));
        $fundraiser->setWebsiteUrl($website !== '' ? mb_substr($website, 0, 500) : null);

        $this->em->persist($fundraiser);
        $this->em->flush();

        $avatarUrl = trim($request->request->getString('avatar_url'));
        if ($avatarUrl !== '') {
            try {
                $fundraiser->setAvatarPath($media->importAvatar($fundraiser, $avatarUrl));
                $this->em->flush();
            } catch (\InvalidArgumentException $e) {
                $this->addFlash('warning', $e->getMessage());
            }
        }

        return $this->redirectToRoute('fundraiser_page', ['slug' => $fundraiser->getSlug()]);
    }

    #[Route('/f/{slug}', name: 'fundraiser_page', methods: ['GET'])]
    public function page(string $slug): Response
    {
        $fundraiser = $this->em->getRepository(Fundraiser::class)->findOneBy(['slug' => $slug])
            ?? throw $this->createNotFoundException();

        return $this->render('fundraiser/page.html.twig', [
            'fundraiser' => $fundraiser,
            'campaign' => $fundraiser->getCampaign(),
            'share_url' => $this->generateUrl('fundraiser_page', ['slug' => $slug], 0),
        ]);
    }

    #[Route('/fundraisers/me/{slug}/thank-you/preview', name: 'fundraiser_thanks_preview', methods: ['POST'])]
    public function previewThanks(string $slug, Request $request, LetterPreviewService $letters): JsonResponse
    {
        $fundraiser = $this->em->getRepository(Fundraiser::class)->findOneBy(['slug' => $slug])
            ?? throw $this->createNotFoundException();
        if ($fundraiser->getEmail() !== $this->getUser()?->getUserIdentifier()) {
            throw $this->createAccessDeniedException();
        }

        $sample = new Donation($fundraiser->getCampaign(), 2500, $fundraiser->getCampaign()->getCurrency());
        $sample->setFundraiser($fundraiser);
        $sampleDonor = ['title' => 'Ms', 'firstName' => 'Alex', 'lastName' => 'Sample'];

        $salutation = $letters->previewSalutation(
            $request->request->getString('salutation', 'friendly'),
            $sampleDonor,
            $fundraiser->getCampaign()->getTitle(),
        );
        $body = $letters->previewBody($request->request->getString('intro'), $sample);

        return $this->json(['preview' => $salutation . "\n\n" . $body]);
    }

    #[Route('/fundraisers/me/{slug}/website', name: 'fundraiser_website', methods: ['POST'])]
    public function updateWebsite(string $slug, Request $request): Response
    {
        $fundraiser = $this->em->getRepository(Fundraiser::class)->findOneBy(['slug' => $slug])
            ?? throw $this->createNotFoundException();
        if ($fundraiser->getEmail() !== $this->getUser()?->getUserIdentifier()) {
            throw $this->createAccessDeniedException();
        }

        $website = trim($request->request->getString('website'));
        if ($website !== '' && !UrlGuard::isHttpUrl($website)) {
            $this->addFlash('error', 'Website must be an http(s) address.');
        } else {
            $fundraiser->setWebsiteUrl($website ?: null);
            $this->em->flush();
        }

        return $this->redirectToRoute('fundraiser_page', ['slug' => $slug]);
    }
}
