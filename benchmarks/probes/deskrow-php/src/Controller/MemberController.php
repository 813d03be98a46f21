<?php

declare(strict_types=1);

namespace App\Controller;

use App\Dto\MemberSignupPayload;
use App\Entity\Member;
use App\Service\MemberService;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Attribute\MapRequestPayload;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\CurrentUser;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[Route('/api/members')]
final class MemberController extends AbstractController
{
    public function __construct(private readonly MemberService $members)
    {
    }

    #[Route('/signup', name: 'member_signup', methods: ['POST'])]
    public function signup(#[MapRequestPayload] MemberSignupPayload $payload): JsonResponse
    {
        try {
            $member = $this->members->register($payload);
        } catch (\DomainException $e) {
            return $this->json(['error' => $e->getMessage()], 409);
        }

        return $this->json(['id' => $member->getId(), 'doorPin' => $member->getDoorPin()], 201);
    }

    #[Route('/directory', name: 'member_directory', methods: ['GET'])]
    #[IsGranted('ROLE_MEMBER')]
    public function directory(Request $request): JsonResponse
    {
        $company = $request->query->has('company') ? $request->query->getString('company') : null;

        $results = $this->members->directory(
            $request->query->getString('q'),
            $company,
            $request->query->getInt('floor'),
        );

        return $this->json(array_map(static fn (Member $m): array => [
            'id' => $m->getId(),
            'name' => $m->getDisplayName(),
            'company' => $m->getCompany(),
            'floor' => $m->getHomeFloor(),
        ], $results));
    }

    #[Route('/me/profile', name: 'member_profile_update', methods: ['PUT'])]
    #[IsGranted('ROLE_MEMBER')]
    public function updateProfile(#[CurrentUser] Member $member, Request $request): JsonResponse
    {
        $data = $request->toArray();
        $webhook = isset($data['webhookUrl']) ? (string) $data['webhookUrl'] : null;

        $this->members->updateProfile($member, (string) ($data['bio'] ?? ''), $webhook);

        return $this->json(['status' => 'saved']);
    }

    #[Route('/{id}', name: 'member_profile', requirements: ['id' => '\d+'], methods: ['GET'])]
    #[IsGranted('ROLE_MEMBER')]
    public function profile(int $id): Response
    {
        $member = $this->members->get($id) ?? throw $this->createNotFoundException();

        return $this->render('member/profile.html.twig', [
            'member' => $member,
            'bio_html' => $this->members->formatBio($member->getBio()),
        ]);
    }

    #[Route('/me/guest-pin', name: 'member_guest_pin', methods: ['POST'])]
    #[IsGranted('ROLE_MEMBER')]
    public function guestPin(#[CurrentUser] Member $member): JsonResponse
    {
        return $this->json(['pin' => $this->members->issueGuestPin($member), 'validFor' => 'today']);
    }
}
