<?php

declare(strict_types=1);

namespace Fenwick\Mezzio\Handler;

use Fenwick\Domain\Cottage\CottageService;
use Fenwick\Infrastructure\Xml\ChannelMapping;
use Laminas\Diactoros\Response\JsonResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;

/**
 * GET /channel/property?code=FCH1001
 *
 * Partner booking widgets resolve their property code to our public listing
 * so they can deep-link guests to the cottage page.
 */
final class ChannelPropertyHandler implements RequestHandlerInterface
{
    public function __construct(
        private readonly ChannelMapping $mapping,
        private readonly CottageService $cottages,
    ) {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $code = trim((string) ($request->getQueryParams()['code'] ?? ''));
        if ($code === '') {
            return new JsonResponse(['error' => 'code is required'], 400);
        }

        $target = $this->mapping->cottageForProperty($code);
        $cottage = $target === null ? null : $this->cottages->byId($target['cottage_id']);
        if ($cottage === null) {
            return new JsonResponse(['error' => 'Unknown property'], 404);
        }

        return new JsonResponse([
            'code' => $code,
            'name' => $cottage->name,
            'village' => $cottage->village,
            'url' => 'https://www.fenwick-cottages.co.uk/cottages/' . rawurlencode($cottage->slug),
        ]);
    }
}
