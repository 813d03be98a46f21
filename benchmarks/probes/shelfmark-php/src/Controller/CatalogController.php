<?php

namespace App\Controller;

use App\Security\CodeGenerator;
use App\Service\CatalogXmlIndex;
use App\Service\CoverImageFetcher;
use App\Service\IsbnMetadataClient;
use App\Service\SavedSearchCodec;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\RedirectResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/catalog')]
final class CatalogController extends AbstractController
{
    private const STAFF_PICKS = [
        ['isbn' => '9780141439518', 'title' => 'Pride and Prejudice'], ['isbn' => '9780007525546', 'title' => 'The Hobbit'],
        ['isbn' => '9780241341605', 'title' => 'Small Island'], ['isbn' => '9780571334650', 'title' => 'Milkman'],
        ['isbn' => '9781526622334', 'title' => 'The Salt Path'],
    ];

    public function __construct(
        private readonly CatalogXmlIndex $index,
        private readonly CoverImageFetcher $covers,
        private readonly SavedSearchCodec $savedSearches,
        private readonly CodeGenerator $codes,
        private readonly IsbnMetadataClient $metadata,
    ) {}

    #[Route('', name: 'catalog_home', methods: ['GET'])]
    public function home(Request $request): Response
    {
        return $this->render('catalog/home.html.twig', [
            'featured' => $this->codes->rotateFeatured(self::STAFF_PICKS, 3),
            'recent' => $this->savedSearches->decodeRecent((string) $request->cookies->get('recent_searches', '')),
        ]);
    }

    #[Route('/search', name: 'catalog_search', methods: ['GET'])]
    public function search(Request $request): Response
    {
        $term = trim((string) $request->query->get('q', ''));
        $results = $term === '' ? [] : $this->index->findByTitle($term);
        return $this->render('catalog/search.html.twig', ['search_term' => $term, 'results' => $results, 'total' => count($results)]);
    }

    #[Route('/isbn/{isbn}', name: 'catalog_isbn', methods: ['GET'])]
    public function byIsbn(string $isbn): JsonResponse
    {
        $books = $this->index->findByIsbn($isbn);
        return $this->json(['books' => $books, 'metadata' => $books === [] ? null : $this->metadata->lookup($books[0]['isbn'])]);
    }

    #[Route('/cover', name: 'catalog_cover', methods: ['GET'])]
    public function cover(Request $request): Response
    {
        try {
            $image = $this->covers->fetch((string) $request->query->get('src', ''));
        } catch (\DomainException) {
            return new Response('', Response::HTTP_BAD_REQUEST);
        }
        return new Response($image, 200, ['Content-Type' => 'image/jpeg', 'Cache-Control' => 'public, max-age=604800']);
    }

    #[Route('/saved', name: 'catalog_saved', methods: ['GET'])]
    public function resumeSavedSearch(Request $request): RedirectResponse
    {
        $search = $this->savedSearches->decode((string) $request->cookies->get('saved_search', ''));
        if ($search === null) {
            return $this->redirectToRoute('catalog_home');
        }
        return $this->redirect($this->generateUrl('catalog_search') . '?' . $search->toQueryString());
    }
}
