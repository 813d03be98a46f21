<?php

namespace App\Controller;

use App\Service\MediaService;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\File\UploadedFile;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Attribute\MapQueryParameter;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/listings/{listingId<\d+>}/media')]
final class ListingMediaController extends AbstractController
{
    public function __construct(private readonly MediaService $media) {}

    #[Route('/photos', name: 'listing_photos_upload', methods: ['POST'])]
    public function uploadPhotos(int $listingId, Request $request): JsonResponse
    {
        $this->denyAccessUnlessGranted('ROLE_AGENT');
        $archive = $request->files->get('photos');
        if (!$archive instanceof UploadedFile || strtolower($archive->getClientOriginalExtension()) !== 'zip') {
            return $this->json(['error' => 'Upload a .zip of listing photos.'], 400);
        }

        return $this->json(['imported' => $this->media->importPhotoArchive($listingId, $archive->getPathname())], 201);
    }

    #[Route('/thumbnails', name: 'listing_thumbnails', methods: ['POST'])]
    public function thumbnails(int $listingId, #[MapQueryParameter] string $preset = 'card'): JsonResponse
    {
        $this->denyAccessUnlessGranted('ROLE_AGENT');

        return $this->json(['generated' => \count($this->media->generateListingThumbnails($listingId, $preset))]);
    }

    #[Route('/storage', name: 'listing_media_storage', methods: ['GET'])]
    public function storage(): JsonResponse
    {
        $this->denyAccessUnlessGranted('ROLE_ADMIN');

        return $this->json(['df' => $this->media->diskUsage()]);
    }
}
