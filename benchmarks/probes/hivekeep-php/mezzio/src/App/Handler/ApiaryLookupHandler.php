<?php

declare(strict_types=1);

namespace App\Handler;

use App\Repository\ApiaryRepository;
use Laminas\Diactoros\Response\JsonResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;

/**
 * JSON feed for the forage map widget: apiaries by county or near a postcode.
 */
class ApiaryLookupHandler implements RequestHandlerInterface
{
    public function __construct(private ApiaryRepository $apiaries)
    {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $params = $request->getQueryParams();
        $limit = max(1, min(500, (int)($params['limit'] ?? 100)));

        if (!empty($params['postcode'])) {
            $outward = strtoupper(strtok(trim((string)$params['postcode']), ' ') ?: '');
            $rows = $this->apiaries->findNearPostcode($outward, $limit);
        } elseif (!empty($params['county'])) {
            $rows = $this->apiaries->searchByCounty(trim((string)$params['county']), $limit);
        } else {
            return new JsonResponse(['error' => 'county or postcode required'], 400);
        }

        return new JsonResponse(['apiaries' => $rows, 'count' => count($rows)]);
    }
}
