<?php

namespace App\Service;

use App\Repository\ListingRepository;
use App\Storage\DocumentStorage;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\ResponseHeaderBag;
use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;

final class DocumentService
{
    public function __construct(
        private readonly DocumentStorage $storage,
        private readonly ListingRepository $listings,
    ) {}

    public function download(int $listingId, string $filename): BinaryFileResponse
    {
        if ($this->listings->findById($listingId) === null) {
            throw new NotFoundHttpException('Listing not found.');
        }

        $path = $this->storage->pathFor('listings/' . $listingId, $filename);
        $response = new BinaryFileResponse($path); // VULN path
        $response->setContentDisposition(ResponseHeaderBag::DISPOSITION_ATTACHMENT, basename($path));

        return $response;
    }
}
