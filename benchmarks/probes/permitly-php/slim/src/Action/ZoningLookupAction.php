<?php

declare(strict_types=1);

namespace Permitly\Routes\Action;

use InvalidArgumentException;
use Permitly\Routes\Service\GeoClient;
use Permitly\Routes\Xml\ZoningXmlParser;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;

/**
 * Zoning lookups for inspectors in the field, answered from the county's
 * weekly zoning bulletin (XML). Supervisors upload the bulletin; the tablet
 * app queries it by parcel.
 */
final class ZoningLookupAction
{
    public function __construct(
        private readonly ZoningXmlParser $parser,
        private readonly GeoClient $geo,
        private readonly string $bulletinPath,
    ) {
    }

    /**
     * POST /v1/zoning/bulletin  (body: bulletin XML)
     */
    public function upload(Request $request, Response $response): Response
    {
        if ($request->getAttribute('role') !== 'inspection_supervisor') {
            return $this->json($response->withStatus(403), ['error' => 'supervisors only']);
        }

        $xml = (string) $request->getBody();

        try {
            $xpath = $this->parser->load($xml);
        } catch (InvalidArgumentException $e) {
            return $this->json($response->withStatus(400), ['error' => $e->getMessage()]);
        }

        $parcels = $xpath->query('/bulletin/parcel');
        file_put_contents($this->bulletinPath, $xml, LOCK_EX);

        return $this->json($response->withStatus(201), ['parcels' => $parcels === false ? 0 : $parcels->length]);
    }

    /**
     * GET /v1/zoning/lookup?parcel=123-456-789[&zone=R-2]
     */
    public function lookup(Request $request, Response $response): Response
    {
        $query = $request->getQueryParams();
        $parcelId = trim((string) ($query['parcel'] ?? ''));

        if ($parcelId === '') {
            return $this->json($response->withStatus(422), ['error' => 'parcel is required']);
        }

        if (!is_readable($this->bulletinPath)) {
            return $this->json($response->withStatus(503), ['error' => 'no bulletin loaded']);
        }

        $xpath = $this->parser->load((string) file_get_contents($this->bulletinPath));

        $parcel = $this->parser->parcel($xpath, $parcelId);
        if ($parcel === null) {
            return $this->json($response->withStatus(404), ['error' => 'parcel not in bulletin']);
        }

        $zoneCode = isset($query['zone']) && is_string($query['zone']) ? $query['zone'] : $parcel['zone'];

        try {
            $zone = $this->parser->zone($xpath, $zoneCode);
        } catch (InvalidArgumentException $e) {
            return $this->json($response->withStatus(422), ['error' => $e->getMessage()]);
        }

        return $this->json($response, [
            'parcel' => $parcel,
            'zone' => $zone,
            'location' => $this->geo->geocodeParcel($parcel['parcel']),
        ]);
    }

    private function json(Response $response, array $payload): Response
    {
        $response->getBody()->write(json_encode($payload, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES));

        return $response->withHeader('Content-Type', 'application/json');
    }
}
