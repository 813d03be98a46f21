<?php

declare(strict_types=1);

namespace Fenwick\Mezzio\Handler;

use Fenwick\Domain\Cottage\CottageService;
use Fenwick\Domain\Pricing\PricingContext;
use Fenwick\Domain\Pricing\PricingRuleEvaluator;
use Laminas\Diactoros\Response\JsonResponse;
use InvalidArgumentException;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;

/**
 * POST /owner/cottages/{id}/pricing/preview
 *   {"formula": "base * nights * 1.1 + dogs * 2000", "nights": 3, "guests": 4, "dogs": 1}
 */
final class PricingPreviewHandler implements RequestHandlerInterface
{
    public function __construct(
        private readonly CottageService $cottages,
        private readonly PricingRuleEvaluator $evaluator,
    ) {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $cottage = $this->cottages->byId((int) $request->getAttribute('id'));
        if ($cottage === null) {
            return new JsonResponse(['error' => 'Cottage not found'], 404);
        }

        $body = (array) $request->getParsedBody();
        $context = new PricingContext(
            basePence: $cottage->nightlyRatePence,
            nights: max(1, min(28, (int) ($body['nights'] ?? 7))),
            guests: max(1, min($cottage->sleeps, (int) ($body['guests'] ?? 2))),
            dogs: $cottage->dogsAllowed ? max(0, min(3, (int) ($body['dogs'] ?? 0))) : 0,
            bankHoliday: (bool) ($body['bank_holiday'] ?? false),
        );

        try {
            $total = $this->evaluator->quotePence((string) ($body['formula'] ?? ''), $context);
        } catch (InvalidArgumentException $e) {
            return new JsonResponse(['error' => $e->getMessage()], 422);
        }

        return new JsonResponse([
            'total_pence' => $total,
            'total' => number_format($total / 100, 2),
            'per_night' => number_format($total / 100 / $context->nights, 2),
        ]);
    }
}
