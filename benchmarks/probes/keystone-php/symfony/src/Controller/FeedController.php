<?php

namespace App\Controller;

use App\Dto\FeedImportRequest;
use App\Service\PropertyFeedImporter;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\File\UploadedFile;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Attribute\MapRequestPayload;
use Symfony\Component\HttpKernel\Exception\BadRequestHttpException;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/feeds')]
final class FeedController extends AbstractController
{
    public function __construct(private readonly PropertyFeedImporter $importer) {}

    #[Route('/import', name: 'feed_import', methods: ['POST'])]
    public function import(#[MapRequestPayload] FeedImportRequest $payload): JsonResponse
    {
        $this->denyAccessUnlessGranted('ROLE_AGENT');

        return $this->json(['imported' => $this->importer->importFromUrl($payload)]);
    }

    #[Route('/partner', name: 'feed_partner', methods: ['POST'])]
    public function partner(Request $request): JsonResponse
    {
        $this->denyAccessUnlessGranted('ROLE_AGENT');
        try {
            return $this->json(['imported' => $this->importer->importPartnerFeed((string) $request->request->get('url'))]);
        } catch (\InvalidArgumentException $e) {
            return $this->json(['error' => $e->getMessage()], 422);
        }
    }

    #[Route('/upload', name: 'feed_upload', methods: ['POST'])]
    public function upload(Request $request): JsonResponse
    {
        $rows = $this->importer->parseFeed($this->uploadedXml($request));

        return $this->json(['preview' => \array_slice($rows, 0, 20), 'total' => \count($rows)]);
    }

    #[Route('/validate', name: 'feed_validate', methods: ['POST'])]
    public function validate(Request $request): JsonResponse
    {
        $errors = $this->importer->validateFeed($request->getContent());

        return $this->json(['valid' => $errors === [], 'errors' => $errors]);
    }

    #[Route('/lookup', name: 'feed_lookup', methods: ['POST'])]
    public function lookup(Request $request): JsonResponse
    {
        $match = $this->importer->findByReference($this->uploadedXml($request), (string) $request->request->get('ref', ''));

        return $match === null ? $this->json(['found' => false], 404) : $this->json($match);
    }

    #[Route('/agent-count', name: 'feed_agent_count', methods: ['POST'])]
    public function agentCount(Request $request): JsonResponse
    {
        $agentId = $request->request->getInt('agent_id');

        return $this->json(['listings' => $this->importer->countForAgent($this->uploadedXml($request), $agentId)]);
    }

    private function uploadedXml(Request $request): string
    {
        $file = $request->files->get('feed');
        if (!$file instanceof UploadedFile || !$file->isValid()) {
            throw new BadRequestHttpException('Attach the feed as "feed".');
        }

        return (string) file_get_contents($file->getPathname());
    }
}
