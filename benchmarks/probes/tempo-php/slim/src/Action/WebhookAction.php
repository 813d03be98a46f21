<?php

namespace Tempo\Api\Action;

use Psr\Container\ContainerInterface;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Tempo\Api\Infrastructure\WebhookClient;
use Tempo\Api\Infrastructure\WebhookSubscription;

/** Partner music shops register a callback to be told when a rented instrument comes back. */
final class WebhookAction
{
    use JsonResponder;

    public function __construct(private readonly ContainerInterface $container, private readonly WebhookClient $client) {}

    public function __invoke(Request $request, Response $response): Response
    {
        $body = (array) $request->getParsedBody();
        $subscription = new WebhookSubscription(
            partner: (string) ($body['partner'] ?? 'unknown'),
            callbackUrl: (string) ($body['callback_url'] ?? ''),
            events: array_values(array_intersect((array) ($body['events'] ?? []), ['rental.returned', 'rental.overdue'])),
        );

        $check = $this->client->verify($subscription, $this->container->get('settings')['webhook_domain']);

        return $this->json($response, ['partner' => $subscription->partner, 'verified' => $check['ok'], 'status' => $check['status']]);
    }
}
