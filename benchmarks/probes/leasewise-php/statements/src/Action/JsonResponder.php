<?php

declare(strict_types=1);

namespace Leasewise\Statements\Action;

use Psr\Http\Message\ResponseInterface;

trait JsonResponder
{
    private function json(ResponseInterface $response, array $payload, int $status = 200): ResponseInterface
    {
        $response->getBody()->write(json_encode($payload, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES));

        return $response
            ->withHeader('Content-Type', 'application/json')
            ->withStatus($status);
    }

    private function forbidden(ResponseInterface $response): ResponseInterface
    {
        return $this->json($response, ['error' => 'forbidden'], 403);
    }
}
