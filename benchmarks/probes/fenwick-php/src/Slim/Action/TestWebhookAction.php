<?php

declare(strict_types=1);

namespace Fenwick\Slim\Action;

use Fenwick\Infrastructure\Http\WebhookClient;
use Fenwick\Slim\Http\Responder;
use InvalidArgumentException;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;

/**
 * "Send test event" button on the owner integrations page.
 */
final class TestWebhookAction
{
    public function __construct(
        private readonly WebhookClient $webhooks,
        private readonly Responder $responder,
    ) {
    }

    public function __invoke(ServerRequestInterface $request, ResponseInterface $response, array $args): ResponseInterface
    {
        $body = (array) $request->getParsedBody();
        $url = trim((string) ($body['url'] ?? ''));
        if ($url === '') {
            return $this->responder->json($response, ['error' => 'Enter the webhook URL'], 422);
        }

        try {
            $result = $this->webhooks->ping($url);
        } catch (InvalidArgumentException $e) {
            return $this->responder->json($response, ['error' => $e->getMessage()], 422);
        }

        return $this->responder->json($response, $result);
    }
}
