<?php

namespace App\Controller\Admin;

use App\Service\StaffDirectory;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[Route('/admin/staff')]
#[IsGranted('ROLE_STAFF')]
class StaffController extends AbstractController
{
    public function __construct(private readonly StaffDirectory $directory)
    {
    }

    #[Route('/search', name: 'admin_staff_search', methods: ['GET'])]
    public function search(Request $request): JsonResponse
    {
        $term = trim($request->query->getString('q'));
        if (mb_strlen($term) < 2) {
            return $this->json(['people' => []]);
        }

        return $this->json(['people' => $this->directory->search($term)]);
    }

    #[Route('/by-email', name: 'admin_staff_by_email', methods: ['GET'])]
    public function byEmail(Request $request): JsonResponse
    {
        $person = $this->directory->findByEmail(trim($request->query->getString('email')));
        if ($person === null) {
            return $this->json(['error' => 'No colleague with that address.'], Response::HTTP_NOT_FOUND);
        }

        return $this->json($person);
    }
}
