<?php

declare(strict_types=1);

namespace Tidemill\Handler;

use Laminas\Diactoros\Response\JsonResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Tidemill\Service\WeatherClient;

/**
 * GET /api/weather?station=3       forecast for a registered station
 * GET /api/weather/live?feed=URL   live readings from a station feed
 */
final class WeatherHandler implements RequestHandlerInterface
{
    public function __construct(private readonly WeatherClient $weather)
    {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $query = $request->getQueryParams();

        try {
            if ($request->getAttribute('live') === true) {
                $readings = $this->weather->liveReadings((string) ($query['feed'] ?? ''));

                return new JsonResponse(['readings' => $readings, 'tide_m' => $this->weather->tideHeight()]);
            }

            $forecast = $this->weather->forecast((int) ($query['station'] ?? 1));

            return new JsonResponse([
                'forecast' => $forecast,
                'advice' => WeatherClient::hireAdvice($forecast),
            ]);
        } catch (\RuntimeException $e) {
            return new JsonResponse(['error' => $e->getMessage()], 400);
        } catch (\Throwable) {
            return new JsonResponse(['error' => 'Weather service unavailable'], 502);
        }
    }
}
