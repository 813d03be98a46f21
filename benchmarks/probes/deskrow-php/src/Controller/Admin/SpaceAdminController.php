<?php

declare(strict_types=1);

namespace App\Controller\Admin;

use App\Entity\Member;
use App\Service\BookingService;
use App\Service\FloorPlanService;
use App\Service\MemberService;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\File\UploadedFile;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\CurrentUser;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[Route('/admin')]
#[IsGranted('ROLE_SPACE_ADMIN')]
final class SpaceAdminController extends AbstractController
{
    public function __construct(
        private readonly FloorPlanService $floorPlans,
        private readonly BookingService $bookings,
        private readonly MemberService $members,
    ) {
    }

    #[Route('/floor-plans/{floor}', name: 'admin_floor_plan_upload', requirements: ['floor' => '\d+'], methods: ['POST'])]
    public function uploadFloorPlan(int $floor, Request $request): JsonResponse
    {
        $archive = $this->uploadedArchive($request);
        if ($archive === null) {
            return $this->json(['error' => 'Upload a .zip exported from the floor-plan editor.'], 400);
        }

        return $this->json(['files' => $this->floorPlans->importArchive($archive->getPathname(), $floor)]);
    }

    #[Route('/floor-plans/{floor}/thumbnails', name: 'admin_floor_plan_thumbs', requirements: ['floor' => '\d+'], methods: ['POST'])]
    public function uploadThumbnails(int $floor, Request $request): JsonResponse
    {
        $archive = $this->uploadedArchive($request);
        if ($archive === null) {
            return $this->json(['error' => 'Upload a .zip of desk photos.'], 400);
        }

        return $this->json(['thumbnails' => $this->floorPlans->importThumbnails($archive->getPathname(), $floor)]);
    }

    #[Route('/floor-plans/{floor}/assets/{file}', name: 'admin_floor_plan_asset', requirements: ['floor' => '\d+', 'file' => '.+'], methods: ['GET'])]
    public function asset(int $floor, string $file): Response
    {
        $contents = $this->floorPlans->readAsset($floor, $file);

        return new Response($contents, 200, [
            'Content-Type' => 'application/octet-stream',
            'X-Content-Type-Options' => 'nosniff',
        ]);
    }

    /**
     * Operators experiment with pricing formulas such as "{hours} * {rate} * max(1, {seats} / 4)".
     */
    #[Route('/pricing/preview', name: 'admin_pricing_preview', methods: ['POST'])]
    public function pricingPreview(Request $request): JsonResponse
    {
        $data = $request->toArray();

        $price = $this->bookings->previewPricingFormula(
            (string) ($data['formula'] ?? '{hours} * {rate}'),
            (float) ($data['hours'] ?? 1),
            (int) ($data['seats'] ?? 1),
            (float) ($data['rate'] ?? 25),
        );

        return $this->json(['price' => $price]);
    }

    #[Route('/emails/welcome/preview', name: 'admin_welcome_preview', methods: ['POST'])]
    public function welcomePreview(#[CurrentUser] Member $admin, Request $request): Response
    {
        $source = $request->request->getString('template');

        return new Response($this->members->previewWelcomeEmail($source, $admin));
    }

    private function uploadedArchive(Request $request): ?UploadedFile
    {
        $archive = $request->files->get('archive');
        if (!$archive instanceof UploadedFile || !$archive->isValid()) {
            return null;
        }

        return strtolower($archive->getClientOriginalExtension()) === 'zip' ? $archive : null;
    }
}
