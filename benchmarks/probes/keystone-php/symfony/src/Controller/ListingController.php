<?php

namespace App\Controller;

use App\Repository\ListingRepository;
use App\Util\ListingSortOptions;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/listings')]
final class ListingController extends AbstractController
{
    public function __construct(private readonly ListingRepository $listings) {}

    #[Route('', name: 'listing_index', methods: ['GET'])]
    public function index(Request $request): JsonResponse
    {
        [$column, $direction] = ListingSortOptions::resolve($request->query->get('sort'), $request->query->get('dir'));

        return $this->json($this->listings->listActive($column, $direction));
    }

    #[Route('/search', name: 'listing_search', methods: ['GET'])]
    public function search(Request $request): Response
    {
        $city = trim((string) $request->query->get('city', ''));
        $results = $city === '' ? [] : $this->listings->searchByCity($city);

        return $this->render('listing/search.html.twig', [
            'city' => $city,
            'label' => (string) $request->query->get('label', 'Your property search'),
            'results' => $results,
            'total' => \count($results),
        ]);
    }
}
