<?php

declare(strict_types=1);

namespace Leasewise\Statements\Action;

use DateTimeImmutable;
use InvalidArgumentException;
use Leasewise\Statements\Service\StatementRenderer;
use Leasewise\Statements\Service\StatementService;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;

final class StatementAction
{
    use JsonResponder;

    public function __construct(
        private readonly StatementService $statements,
        private readonly StatementRenderer $renderer,
    ) {}

    public function __invoke(ServerRequestInterface $request, ResponseInterface $response, array $args): ResponseInterface
    {
        $ownerId = (int) $args['ownerId'];
        if ($request->getAttribute('owner_id') !== $ownerId) {
            return $this->forbidden($response);
        }

        $params = $request->getQueryParams();
        $period = (string) ($params['period'] ?? (new DateTimeImmutable('first day of last month'))->format('Y-m'));

        try {
            $statement = $this->statements->build($ownerId, $period);
        } catch (InvalidArgumentException $e) {
            return $this->json($response, ['error' => $e->getMessage()], 400);
        }

        return $this->renderer->render($response, $statement, [
            'note' => (string) ($params['note'] ?? ''),
            'printable' => isset($params['print']),
        ]);
    }
}
