<?php

declare(strict_types=1);

namespace App\Controller;

use App\Dto\PrintBadgePayload;
use App\Message\PrintBadge;
use App\Repository\MemberRepository;
use App\Service\BadgePrinterService;
use App\Service\BadgeXmlService;
use App\Service\TokenService;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\File\UploadedFile;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Attribute\MapRequestPayload;
use Symfony\Component\Messenger\MessageBusInterface;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[Route('/api/badges')]
final class BadgeController extends AbstractController
{
    public function __construct(
        private readonly MessageBusInterface $bus,
        private readonly BadgeXmlService $badgeXml,
        private readonly BadgePrinterService $printers,
        private readonly TokenService $tokens,
        private readonly MemberRepository $members,
    ) {
    }

    #[Route('/{memberId}/print', name: 'badge_print', requirements: ['memberId' => '\d+'], methods: ['POST'])]
    #[IsGranted('ROLE_FRONT_DESK')]
    public function print(int $memberId, #[MapRequestPayload] PrintBadgePayload $payload): JsonResponse
    {
        $this->bus->dispatch(new PrintBadge($memberId, trim($payload->displayName), trim($payload->title), $payload->printer));

        return $this->json(['queued' => true], 202);
    }

    #[Route('/printers/{key}/queue', name: 'badge_printer_queue', methods: ['GET'])]
    #[IsGranted('ROLE_FRONT_DESK')]
    public function printerQueue(string $key): JsonResponse
    {
        try {
            return $this->json(['jobs' => $this->printers->queueStatus($key)]);
        } catch (\InvalidArgumentException $e) {
            return $this->json(['error' => $e->getMessage()], 404);
        }
    }

    #[Route('/roster', name: 'badge_roster_import', methods: ['POST'])]
    #[IsGranted('ROLE_ADMIN')]
    public function importRoster(Request $request): JsonResponse
    {
        $upload = $request->files->get('roster');
        $xml = $upload instanceof UploadedFile
            ? (string) file_get_contents($upload->getPathname())
            : $request->getContent();

        if ($request->query->getBoolean('dry_run')) {
            return $this->json(['preview' => $this->badgeXml->previewRoster($xml)]);
        }

        try {
            return $this->json(['imported' => $this->badgeXml->importRoster($xml)]);
        } catch (\InvalidArgumentException $e) {
            return $this->json(['error' => $e->getMessage()], 400);
        }
    }

    #[Route('/lookup', name: 'badge_lookup', methods: ['GET'])]
    #[IsGranted('ROLE_FRONT_DESK')]
    public function lookup(Request $request): JsonResponse
    {
        $serial = trim($request->query->getString('serial'));

        return $this->json($this->badgeXml->findHolder($serial) ?? ['found' => false]);
    }

    #[Route('/doors/{doorId}/holders', name: 'badge_door_holders', methods: ['GET'])]
    #[IsGranted('ROLE_FRONT_DESK')]
    public function doorHolders(string $doorId): JsonResponse
    {
        try {
            return $this->json($this->badgeXml->holdersForDoor($doorId));
        } catch (\InvalidArgumentException $e) {
            return $this->json(['error' => $e->getMessage()], 400);
        }
    }

    /**
     * Called by the self-service kiosks in the lobby.
     */
    #[Route('/kiosk/me', name: 'badge_kiosk_me', methods: ['GET'])]
    public function kioskMe(Request $request): JsonResponse
    {
        $token = substr((string) $request->headers->get('X-Kiosk-Token', ''), 0, 4096);

        try {
            $claims = $this->tokens->kioskClaims($token);
        } catch (\UnexpectedValueException $e) {
            return $this->json(['error' => $e->getMessage()], 401);
        }

        $member = $this->members->find((int) ($claims['sub'] ?? 0)) ?? throw $this->createNotFoundException();

        return $this->json([
            'name' => $member->getDisplayName(),
            'doorPin' => $member->getDoorPin(),
            'guestPin' => $member->getGuestPin(),
        ]);
    }
}
