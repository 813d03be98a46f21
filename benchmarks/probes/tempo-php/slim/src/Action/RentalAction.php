<?php

namespace Tempo\Api\Action;

use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Tempo\Api\Infrastructure\MongoRentalStore;

final class RentalAction
{
    use JsonResponder;

    public function __construct(private readonly MongoRentalStore $store) {}

    public function lookup(Request $request, Response $response): Response
    {
        $body = (array) $request->getParsedBody();
        $rentals = $this->store->findBySerial($body['serial'] ?? '', $body['last_name'] ?? '');

        return $rentals === []
            ? $this->json($response, ['error' => 'no active rental for this serial and name'], 404)
            : $this->json($response, ['rentals' => $rentals]);
    }

    public function overdue(Request $request, Response $response): Response
    {
        return $this->json($response, ['rentals' => $this->store->overdue()]);
    }
}
