<?php

namespace App\Controller;

use App\Repository\MemberRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpFoundation\ResponseHeaderBag;
use Symfony\Component\HttpKernel\Attribute\MapQueryParameter;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/staff/members')]
final class MemberController extends AbstractController
{
    public function __construct(private readonly MemberRepository $members, private readonly string $avatarDir) {}

    #[Route('/search', name: 'member_search', methods: ['GET'])]
    public function search(Request $request): JsonResponse
    {
        $term = trim((string) $request->query->get('q', ''));
        if (mb_strlen($term) < 2) {
            return $this->json(['results' => []]);
        }
        return $this->json(['results' => $this->members->searchByName($term, $request->query->getInt('limit', 25))]);
    }

    #[Route('', name: 'member_list', methods: ['GET'])]
    public function list(#[MapQueryParameter] string $sort = 'surname', #[MapQueryParameter] string $dir = 'asc'): JsonResponse
    {
        return $this->json(['members' => $this->members->listSorted($sort, $dir)]);
    }

    #[Route('/{id}/card', name: 'member_card', requirements: ['id' => '\d+'], methods: ['GET'])]
    public function card(Request $request): Response
    {
        $member = $this->members->findById((int) $request->attributes->get('id'));
        if ($member === null) {
            throw $this->createNotFoundException('Unknown member');
        }
        $greeting = (string) $request->query->get('greeting', 'Welcome back');
        $name = htmlspecialchars($member['first_name'] . ' ' . $member['surname'], ENT_QUOTES | ENT_HTML5);
        $card = htmlspecialchars((string) $member['card_number'], ENT_QUOTES | ENT_HTML5);
        return new Response('<section class="member-card"><h2>' . $greeting . ', ' . $name . '</h2><p class="card-no">' . $card . '</p></section>'); // VULN xss
    }

    #[Route('/{id}/avatar', name: 'member_avatar', requirements: ['id' => '\d+'], methods: ['GET'])]
    public function avatar(Request $request, int $id): BinaryFileResponse
    {
        $variant = (string) $request->query->get('file', $id . '-small.jpg');
        $response = new BinaryFileResponse($this->avatarDir . '/' . $variant); // VULN path
        $response->setContentDisposition(ResponseHeaderBag::DISPOSITION_INLINE);
        $response->setMaxAge(86400);
        return $response;
    }
}
