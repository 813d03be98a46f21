<?php

namespace Kerbside\Legacy\Handlers;

use Kerbside\Legacy\Http\Json;
use Kerbside\Legacy\Service\PricingEngine;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;

final class PricingHandler
{
    public function __construct(private readonly PricingEngine $engine) {}

    public function quote(Request $request, Response $response): Response
    {
        $body = (array) $request->getParsedBody();
        $days = max(1, (int) ($body['days'] ?? 1));
        $dailyRate = (float) ($body['daily_rate'] ?? 0);
        if ($dailyRate <= 0) {
            return Json::write($response, ['error' => 'daily_rate must be positive'], 422);
        }

        $total = $this->engine->tierTotal((string) ($body['tier'] ?? 'standard'), $dailyRate, $days);
        if (!empty($body['promo_rule'])) {
            $total = $this->engine->applyPromo((string) $body['promo_rule'], $total, $days);
        }

        return Json::write($response, ['days' => $days, 'total' => round(max(0.0, $total), 2), 'currency' => 'GBP']);
    }
}
