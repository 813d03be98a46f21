<?php

namespace App\Controller;

use App\Repository\MemberRepository;
use App\Service\NoticeRenderer;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

final class NoticeController extends AbstractController
{
    private const LEVELS = ['info', 'warning', 'closure'];

    public function __construct(
        private readonly NoticeRenderer $renderer,
        private readonly MemberRepository $members,
        private readonly string $branchBannerHtml,
    ) {}

    #[Route('/staff/notices/preview', name: 'notice_preview', methods: ['POST'])]
    public function preview(Request $request): JsonResponse
    {
        $this->denyAccessUnlessGranted('ROLE_STAFF');
        $sample = [
            'member' => ['first_name' => 'Alex', 'surname' => 'Sample'],
            'count' => 2,
            'branch' => 'Central Library',
        ];
        return $this->json(['text' => $this->renderer->preview((string) $request->request->get('template', ''), $sample)]);
    }

    #[Route('/staff/notices/overdue/{memberId}', name: 'notice_overdue', requirements: ['memberId' => '\d+'], methods: ['GET'])]
    public function overdue(Request $request, int $memberId): Response
    {
        $member = $this->members->findById($memberId) ?? throw $this->createNotFoundException();
        $text = $this->renderer->overdueReminder($member, $request->query->getInt('count', 1), (string) $member['home_branch']);
        return new Response($text, 200, ['Content-Type' => 'text/plain; charset=UTF-8']);
    }

    #[Route('/notice', name: 'notice_show', methods: ['GET'])]
    public function show(Request $request): Response
    {
        $level = (string) $request->query->get('level', 'info');
        return $this->render('notice/show.html.twig', [
            'banner' => $this->branchBannerHtml,
            'level' => in_array($level, self::LEVELS, true) ? $level : 'info',
            'title' => (string) $request->query->get('title', 'Library notice'),
            'message' => (string) $request->query->get('msg', ''),
        ]);
    }
}
