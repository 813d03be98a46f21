<?php

declare(strict_types=1);

namespace Fenwick\Slim\Action;

use Fenwick\Domain\Cottage\CottageSearchCriteria;
use Fenwick\Domain\Cottage\CottageService;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Slim\Views\Twig;

final class SearchCottagesAction
{
    public function __construct(
        private readonly CottageService $cottages,
        private readonly Twig $view,
    ) {
    }

    public function __invoke(ServerRequestInterface $request, ResponseInterface $response, array $args): ResponseInterface
    {
        $criteria = CottageSearchCriteria::fromQuery($request->getQueryParams());
        $result = $this->cottages->search($criteria);

        return $this->view->render($response, 'cottage/search.html.twig', [
            'cottages' => $result['items'],
            'total' => $result['total'],
            'criteria' => $criteria,
            'pages' => (int) ceil($result['total'] / CottageSearchCriteria::PAGE_SIZE),
        ]);
    }
}
