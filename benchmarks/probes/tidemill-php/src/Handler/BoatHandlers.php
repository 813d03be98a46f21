<?php

declare(strict_types=1);

namespace Tidemill\Handler;

use Laminas\Diactoros\Response\HtmlResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Tidemill\Domain\BoatSearchCriteria;
use Tidemill\Repository\BoatRepository;
use Tidemill\Service\WeatherClient;
use Twig\Environment;

/**
 * Public fleet page: GET /boats?q=&class=&crew=&sort=&dir=&page=
 */
final class BoatListHandler implements RequestHandlerInterface
{
    public function __construct(
        private readonly BoatRepository $boats,
        private readonly Environment $twig,
    ) {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $criteria = BoatSearchCriteria::fromQuery($request->getQueryParams());
        $boats = $this->boats->search($criteria);

        return new HtmlResponse($this->twig->render('boats/list.html.twig', [
            'boats' => $boats,
            'criteria' => $criteria,
            'classes' => $this->boats->classes(),
            'has_next' => count($boats) === BoatRepository::PER_PAGE,
        ]));
    }
}

/**
 * GET /boats/{id:\d+}[?compare=Laser]
 */
final class BoatDetailHandler implements RequestHandlerInterface
{
    public function __construct(
        private readonly BoatRepository $boats,
        private readonly WeatherClient $weather,
        private readonly Environment $twig,
    ) {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $boat = $this->boats->find((int) $request->getAttribute('id'));
        if ($boat === null) {
            return new HtmlResponse('<h1>Boat not found</h1><p><a href="/boats">Back to the fleet</a></p>', 404);
        }

        $compareClass = (string) ($request->getQueryParams()['compare'] ?? $boat->boatClass);
        $similar = array_values(array_filter(
            $this->boats->byClass($compareClass),
            static fn ($b) => $b->id !== $boat->id
        ));

        return new HtmlResponse($this->twig->render('boats/detail.html.twig', [
            'boat' => $boat,
            'similar' => array_slice($similar, 0, 4),
            'compare_class' => $compareClass,
            'tide_height' => $this->weather->tideHeight(),
        ]));
    }
}
