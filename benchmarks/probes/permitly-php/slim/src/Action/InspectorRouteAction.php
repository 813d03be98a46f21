<?php

declare(strict_types=1);

namespace Permitly\Routes\Action;

use DateTimeImmutable;
use Permitly\Routes\Repository\InspectionRouteRepository;
use Permitly\Routes\Service\GeoClient;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use RuntimeException;

final class InspectorRouteAction
{
    public function __construct(
        private readonly InspectionRouteRepository $routes,
        private readonly GeoClient $geo,
    ) {
    }

    /**
     * GET /v1/inspectors/{id}/route?day=2024-05-14
     */
    public function route(Request $request, Response $response, array $args): Response
    {
        $inspectorId = (int) $args['id'];
        if ($request->getAttribute('role') !== 'inspection_supervisor' && $request->getAttribute('inspector_id') !== $inspectorId) {
            return $this->json($response->withStatus(403), ['error' => 'not your route']);
        }

        $day = $this->day($request->getQueryParams()['day'] ?? null);
        $stops = $this->routes->routeForInspector($inspectorId, $day);

        $previous = null;
        foreach ($stops as &$stop) {
            $point = ['lat' => (float) $stop['latitude'], 'lon' => (float) $stop['longitude']];
            $stop['drive_minutes'] = $previous !== null ? $this->geo->driveMinutes($previous, $point) : null;
            $previous = $point;
        }
        unset($stop);

        return $this->json($response, ['day' => $day, 'stops' => $stops]);
    }

    /**
     * GET /v1/districts/stops?district=NW3&day=2024-05-14
     * Returns an HTML fragment that the supervisor wallboard drops into a panel.
     */
    public function districtStops(Request $request, Response $response): Response
    {
        $params = $request->getQueryParams();
        $district = trim((string) ($params['district'] ?? ''));
        $day = $this->day($params['day'] ?? null);

        $stops = $this->routes->stopsForDistrict($district, $day);

        if ($stops === []) {
            $response->getBody()->write('<p class="empty">No unassigned stops in district ' . htmlspecialchars($district, ENT_QUOTES | ENT_HTML5, 'UTF-8') . ' on ' . $day . '.</p>'); // SAFE xss
            return $response->withHeader('Content-Type', 'text/html; charset=utf-8');
        }

        $rows = '';
        foreach ($stops as $stop) {
            $rows .= sprintf(
                '<tr><td>%s</td><td>%s</td><td>%s</td></tr>',
                htmlspecialchars($stop['reference'], ENT_QUOTES, 'UTF-8'),
                htmlspecialchars($stop['site_address'], ENT_QUOTES, 'UTF-8'),
                htmlspecialchars(substr((string) $stop['scheduled_for'], 11, 5), ENT_QUOTES, 'UTF-8')
            );
        }

        $response->getBody()->write('<table class="stops"><tbody>' . $rows . '</tbody></table>');

        return $response->withHeader('Content-Type', 'text/html; charset=utf-8');
    }

    /**
     * GET /v1/map/tile?src=<tile url>
     */
    public function tile(Request $request, Response $response): Response
    {
        $src = (string) ($request->getQueryParams()['src'] ?? '');
        if ($src === '') {
            return $this->json($response->withStatus(400), ['error' => 'src is required']);
        }

        try {
            $upstream = $this->geo->fetchTile($src);
        } catch (RuntimeException $e) {
            return $this->json($response->withStatus(502), ['error' => $e->getMessage()]);
        }

        $response->getBody()->write((string) $upstream->getBody());

        return $response
            ->withHeader('Content-Type', $upstream->getHeaderLine('Content-Type') ?: 'image/png')
            ->withHeader('Cache-Control', 'public, max-age=86400');
    }

    private function day(mixed $value): string
    {
        if (is_string($value) && preg_match('/^\d{4}-\d{2}-\d{2}$/', $value)) {
            return $value;
        }

        return (new DateTimeImmutable('today'))->format('Y-m-d');
    }

    private function json(Response $response, array $payload): Response
    {
        $response->getBody()->write(json_encode($payload, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES));

        return $response->withHeader('Content-Type', 'application/json');
    }
}
