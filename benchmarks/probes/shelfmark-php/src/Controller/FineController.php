<?php

namespace App\Controller;

use App\Repository\FineRepository;
use App\Service\FineRuleEvaluator;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Attribute\MapQueryParameter;
use Symfony\Component\Routing\Attribute\Route;

final class FineController extends AbstractController
{
    public function __construct(
        private readonly FineRepository $fines,
        private readonly FineRuleEvaluator $evaluator,
    ) {}

    #[Route('/staff/fines/branch-totals', name: 'fine_branch_totals', methods: ['GET'])]
    public function branchTotals(Request $request): JsonResponse
    {
        $branch = (string) $request->query->get('branch', 'central');
        $from = (string) $request->query->get('from', date('Y-01-01'));
        return $this->json($this->fines->totalsForBranch($branch, $from));
    }

    #[Route('/account/fines/{memberId}', name: 'fine_member', requirements: ['memberId' => '\d+'], methods: ['GET'])]
    public function member(int $memberId, #[MapQueryParameter] string $style = 'currency'): JsonResponse
    {
        $rows = $this->fines->outstandingForMember($memberId);
        $total = array_sum(array_column($rows, 'amount_cents'));
        return $this->json([
            'fines' => $rows,
            'total' => $this->evaluator->format($style, (int) $total),
        ]);
    }

    #[Route('/staff/fines/simulate', name: 'fine_simulate', methods: ['POST'])]
    public function simulate(Request $request): JsonResponse
    {
        $this->denyAccessUnlessGranted('ROLE_BRANCH_MANAGER');
        $formula = (string) $request->request->get('formula', '{days} * 25');
        $results = [];
        foreach ([1, 7, 14, 30, 60] as $days) {
            $results[$days] = $this->evaluator->simulate($formula, $days, $request->request->getInt('price', 1500));
        }
        return $this->json(['formula' => $formula, 'results' => $results]);
    }
}
