<?php

declare(strict_types=1);

namespace App\Handler;

use App\Service\MapTileClient;
use InvalidArgumentException;
use Laminas\Diactoros\Response;
use Laminas\Diactoros\Response\JsonResponse;
use Laminas\Diactoros\Stream;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Symfony\Contracts\HttpClient\Exception\ExceptionInterface;

class ForageTileHandler implements RequestHandlerInterface
{
    public function __construct(private MapTileClient $tiles)
    {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        try {
            if ($request->getAttribute('layer') !== null) {
                $body = $this->tiles->tile(
                    (string)$request->getAttribute('layer'),
                    (int)$request->getAttribute('z'),
                    (int)$request->getAttribute('x'),
                    (int)$request->getAttribute('y')
                );

                return $this->binary($body, 'image/png', 86400);
            }

            $overlayUrl = (string)($request->getQueryParams()['src'] ?? '');
            $body = $this->tiles->overlay($overlayUrl);

            return $this->binary($body, 'application/geo+json', 3600);
        } catch (InvalidArgumentException $e) {
            return new JsonResponse(['error' => $e->getMessage()], 400);
        } catch (ExceptionInterface $e) {
            return new JsonResponse(['error' => 'Tile server unavailable'], 502);
        }
    }

    private function binary(string $body, string $type, int $maxAge): ResponseInterface
    {
        $stream = new Stream('php://temp', 'wb+');
        $stream->write($body);
        $stream->rewind();

        return (new Response($stream, 200))
            ->withHeader('Content-Type', $type)
            ->withHeader('Cache-Control', 'public, max-age=' . $maxAge);
    }
}
