<?php

declare(strict_types=1);

namespace App\Handler;

use App\Repository\ApiaryRepository;
use App\Service\FeedParser;
use DateTimeImmutable;
use Laminas\Diactoros\Response\JsonResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;
use RuntimeException;

/**
 * Webhook receiving XML alert feeds from partner associations.
 */
class SwarmFeedImportHandler implements RequestHandlerInterface
{
    public function __construct(private FeedParser $parser, private ApiaryRepository $apiaries)
    {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $source = (string)($request->getQueryParams()['source'] ?? 'unknown');
        $kind = (string)($request->getQueryParams()['kind'] ?? 'swarm');
        $xml = (string)$request->getBody();

        try {
            if ($kind === 'hornet') {
                $rows = $this->parser->hornetSightings($xml);

                return new JsonResponse(['accepted' => count($rows)]);
            }

            $alerts = $this->parser->swarmAlerts($xml);
        } catch (RuntimeException $e) {
            return new JsonResponse(['error' => $e->getMessage()], 422);
        }

        foreach ($alerts as $alert) {
            $seen = DateTimeImmutable::createFromFormat(DATE_ATOM, $alert['seen']) ?: new DateTimeImmutable();
            $this->apiaries->recordSwarmAlert(substr($source, 0, 40), $alert['reference'], $alert['postcode'], $seen);
        }

        return new JsonResponse(['accepted' => count($alerts), 'alerts' => $alerts]);
    }
}
