<?php

namespace App\Controller;

use App\Service\AgentDirectory;
use App\Service\EmailTemplateRenderer;
use App\Service\MediaService;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\File\UploadedFile;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Attribute\MapQueryParameter;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/agents')]
final class AgentController extends AbstractController
{
    public function __construct(
        private readonly AgentDirectory $directory,
        private readonly EmailTemplateRenderer $renderer,
        private readonly MediaService $media,
    ) {}

    #[Route('/directory', name: 'agent_directory', methods: ['GET'])]
    public function directory(#[MapQueryParameter] string $name = ''): JsonResponse
    {
        return $this->json(mb_strlen($name) < 2 ? [] : $this->directory->findByName($name));
    }

    #[Route('/directory/{employeeId}', name: 'agent_by_employee', methods: ['GET'])]
    public function byEmployee(string $employeeId): JsonResponse
    {
        $agent = $this->directory->findByEmployeeId($employeeId);

        return $agent === null ? $this->json(['error' => 'No such agent.'], 404) : $this->json($agent);
    }

    #[Route('/email/preview', name: 'agent_email_preview', methods: ['POST'])]
    public function previewEmail(Request $request): Response
    {
        $this->denyAccessUnlessGranted('ROLE_AGENT');
        $body = (string) $request->request->get('body', '');

        return new Response($this->renderer->renderCustom($body, $this->sampleContext($request)), 200, ['Content-Type' => 'text/plain']);
    }

    #[Route('/email/standard/{key}', name: 'agent_email_standard', methods: ['GET'])]
    public function standardEmail(string $key, Request $request): Response
    {
        $this->denyAccessUnlessGranted('ROLE_AGENT');

        return new Response($this->renderer->renderStandard($key, $this->sampleContext($request)), 200, ['Content-Type' => 'text/plain']);
    }

    #[Route('/{agentId<\d+>}/headshot', name: 'agent_headshot', methods: ['POST'])]
    public function uploadHeadshot(int $agentId, Request $request): JsonResponse
    {
        $this->denyAccessUnlessGranted('ROLE_AGENT');
        $file = $request->files->get('headshot');
        if (!$file instanceof UploadedFile || !$file->isValid()) {
            return $this->json(['error' => 'Please attach a photo.'], 400);
        }
        $size = (string) $request->request->get('size', '400x400');

        return $this->json(['path' => $this->media->storeHeadshot($agentId, $file, $size)]);
    }

    private function sampleContext(Request $request): array
    {
        return [
            'buyer_name' => (string) $request->get('buyer', 'Alex Buyer'),
            'listing_headline' => (string) $request->get('listing', '3 bed semi-detached, Valley Drive'),
            'slot' => (string) $request->get('slot', 'Saturday 10:30'),
            'agent_name' => (string) $this->getUser()?->getUserIdentifier(),
        ];
    }
}
