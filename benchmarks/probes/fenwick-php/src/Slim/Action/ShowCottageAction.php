<?php

declare(strict_types=1);

namespace Fenwick\Slim\Action;

use Fenwick\Domain\Cottage\CottageService;
use Fenwick\Infrastructure\Storage\GuideStorage;
use Fenwick\Slim\Http\Responder;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Slim\Views\Twig;

final class ShowCottageAction
{
    public function __construct(
        private readonly CottageService $cottages,
        private readonly GuideStorage $guides,
        private readonly Twig $view,
        private readonly Responder $responder,
    ) {
    }

    public function __invoke(ServerRequestInterface $request, ResponseInterface $response, array $args): ResponseInterface
    {
        $cottage = $this->cottages->bySlug((string) $args['slug']);
        if ($cottage === null) {
            return $this->responder->notFound($response);
        }

        $query = $request->getQueryParams();

        return $this->view->render($response, 'cottage/show.html.twig', [
            'cottage' => $cottage,
            'guides' => $this->guides->listGuides($cottage->id),
            'arrival' => $query['arrival'] ?? '',
            'departure' => $query['departure'] ?? '',
        ]);
    }
}
