<?php

declare(strict_types=1);

namespace Tidemill\Admin\Controller;

use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Tidemill\Service\DatabaseMaintenance;

final class MaintenanceController
{
    public function __construct(private readonly DatabaseMaintenance $maintenance)
    {
    }

    /** POST /admin/maintenance/backup  {"table": "members"} */
    public function backup(Request $request, Response $response): Response
    {
        if (!in_array('it_officer', (array) $request->getAttribute('adminRoles'), true)) {
            return $this->json($response->withStatus(403), ['error' => 'IT officer only']);
        }
        $table = trim((string) (((array) $request->getParsedBody())['table'] ?? ''));
        if ($table === '') {
            return $this->json($response->withStatus(422), ['error' => 'Which table?']);
        }

        try {
            $file = $this->maintenance->backupTable($table);
        } catch (\RuntimeException $e) {
            return $this->json($response->withStatus(500), ['error' => $e->getMessage()]);
        }

        return $this->json($response, ['backup' => basename($file)]);
    }

    /** GET /admin/maintenance/logs?log=worker&lines=100 */
    public function logs(Request $request, Response $response): Response
    {
        $query = $request->getQueryParams();

        try {
            $lines = $this->maintenance->tailLog((string) ($query['log'] ?? 'app'), (int) ($query['lines'] ?? 100));
        } catch (\RuntimeException $e) {
            return $this->json($response->withStatus(404), ['error' => $e->getMessage()]);
        }

        return $this->json($response, ['lines' => $lines]);
    }

    private function json(Response $response, array $data): Response
    {
        $response->getBody()->write((string) json_encode($data));

        return $response->withHeader('Content-Type', 'application/json');
    }
}
