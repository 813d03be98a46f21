<?php

namespace App\Controller;

use App\Dto\LoanFilter;
use App\Entity\Loan;
use App\Repository\LoanRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\RedirectResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/loans')]
final class LoanController extends AbstractController
{
    public function __construct(private readonly LoanRepository $loans) {}

    #[Route('', name: 'loan_index', methods: ['GET'])]
    public function index(Request $request): JsonResponse
    {
        $filter = LoanFilter::fromRequest($request);
        $loans = $this->loans->findFiltered($filter);
        return $this->json([
            'page' => $filter->page,
            'loans' => array_map(static fn (Loan $loan): array => $loan->toArray(), $loans),
        ]);
    }

    #[Route('/overdue/{branch}', name: 'loan_overdue', methods: ['GET'])]
    public function overdue(Request $request): JsonResponse
    {
        $branch = (string) $request->attributes->get('branch');
        return $this->json(array_map(
            static fn (Loan $loan): array => $loan->toArray(),
            $this->loans->overdueForBranch($branch),
        ));
    }

    #[Route('/{id}/renew', name: 'loan_renew', requirements: ['id' => '\d+'], methods: ['POST'])]
    public function renew(Request $request, Loan $loan): RedirectResponse
    {
        try {
            $this->loans->renew($loan);
            $this->addFlash('success', sprintf('Renewed until %s.', $loan->getDueDate()->format('j M Y')));
        } catch (\DomainException $e) {
            $this->addFlash('error', $e->getMessage());
        }
        $next = (string) $request->query->get('next', '/account/loans');
        if (!str_starts_with($next, '/')) {
            $next = '/account/loans';
        }
        return new RedirectResponse($next); // VULN redirect
    }
}
