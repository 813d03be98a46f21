<?php

namespace Tempo\Api\Action;

use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Tempo\Api\Infrastructure\RoomRepository;

final class RoomBookingsAction
{
    use JsonResponder;

    public function __construct(private readonly RoomRepository $rooms) {}

    public function __invoke(Request $request, Response $response, array $args): Response
    {
        $params = $request->getQueryParams();
        $day = $params['day'] ?? date('Y-m-d');

        if (!preg_match('/^\d{4}-\d{2}-\d{2}$/', $params['from'] ?? date('Y-m-d'))) {
            return $this->json($response, ['error' => 'dates must be YYYY-MM-DD'], 400);
        }

        return $this->json($response, ['room' => $args['room'], 'bookings' => $this->rooms->bookingsFor($args['room'], $day, (int) ($params['limit'] ?? 50))]);
    }
}
