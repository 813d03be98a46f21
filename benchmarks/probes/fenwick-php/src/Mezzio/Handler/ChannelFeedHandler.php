<?php

declare(strict_types=1);

namespace Fenwick\Mezzio\Handler;

use Fenwick\Domain\Booking\ChannelImportService;
use Fenwick\Infrastructure\Http\ChannelManagerClient;
use InvalidArgumentException;
use Laminas\Diactoros\Response\JsonResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;

/**
 * Channel managers push XML here. Header X-Feed-Type is "reservations"
 * (signed per partner with X-Channel-Signature: hex HMAC-SHA256 of the body)
 * or "availability" (X-Channel-Key); large availability snapshots arrive as
 * a link instead of a body (X-Feed-Location).
 */
final class ChannelFeedHandler implements RequestHandlerInterface
{
    public function __construct(
        private readonly ChannelImportService $import,
        private readonly ChannelManagerClient $channel,
        private readonly string $partnerKey,
    ) {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $type = $request->getHeaderLine('X-Feed-Type');

        try {
            if ($type === 'reservations') {
                return new JsonResponse($this->import->importReservations((string) $request->getBody(), $request->getHeaderLine('X-Channel-Signature')));
            }

            if ($type === 'availability') {
                if ($this->partnerKey === '' || !hash_equals($this->partnerKey, $request->getHeaderLine('X-Channel-Key'))) {
                    return new JsonResponse(['error' => 'Unknown partner'], 401);
                }
                $location = $request->getHeaderLine('X-Feed-Location');
                $xml = $location !== '' ? $this->channel->fetchFeedPage($location) : (string) $request->getBody();

                return new JsonResponse(['closed' => $this->import->readAvailability($xml)]);
            }
        } catch (InvalidArgumentException $e) {
            return new JsonResponse(['error' => $e->getMessage()], 422);
        }

        return new JsonResponse(['error' => 'Unsupported feed type'], 400);
    }
}
