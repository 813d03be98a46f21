<?php

namespace Tempo\Api\Action;

use Psr\Http\Message\ResponseInterface as Response;

trait JsonResponder
{
    private function json(Response $response, mixed $data, int $status = 200): Response
    {
        $response->getBody()->write(json_encode($data, JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR));

        return $response->withHeader('Content-Type', 'application/json')->withStatus($status);
    }
}
