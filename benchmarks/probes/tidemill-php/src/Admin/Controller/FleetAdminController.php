<?php

declare(strict_types=1);

namespace Tidemill\Admin\Controller;

use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use RuntimeException;
use Tidemill\Repository\BoatRepository;
use Tidemill\Service\BoatPhotoStore;

/**
 * Bosun's fleet management on the admin console.
 */
final class FleetAdminController
{
    public function __construct(
        private readonly BoatRepository $boats,
        private readonly BoatPhotoStore $photos,
    ) {
    }

    /** POST /admin/boats (multipart form from the fleet page) */
    public function create(Request $request, Response $response): Response
    {
        $body = (array) $request->getParsedBody();
        $missing = array_diff(['name', 'boat_class', 'sail_number', 'crew', 'rate'], array_keys(array_filter($body, static fn ($v) => $v !== '')));
        if ($missing !== []) {
            return $this->json($response->withStatus(422), ['error' => 'Missing: ' . implode(', ', $missing)]);
        }

        $id = $this->boats->create([
            'name' => trim((string) $body['name']),
            'boat_class' => trim((string) $body['boat_class']),
            'sail_number' => strtoupper(trim((string) $body['sail_number'])),
            'crew' => (int) $body['crew'],
            'hourly_rate_pence' => (int) round(((float) $body['rate']) * 100),
        ]);

        $upload = $request->getUploadedFiles()['photo'] ?? null;
        if ($upload !== null && $upload->getError() !== UPLOAD_ERR_NO_FILE) {
            try {
                $this->boats->setPhoto($id, $this->photos->store($id, $upload));
            } catch (RuntimeException $e) {
                return $this->json($response->withStatus(422), ['error' => $e->getMessage(), 'id' => $id]);
            }
        }

        return $response->withHeader('Location', '/admin/boats/' . $id)->withStatus(303);
    }

    /** PATCH /admin/boats/{id} (JSON) */
    public function update(Request $request, Response $response, array $args): Response
    {
        $boat = $this->boats->find((int) $args['id']);
        if ($boat === null) {
            return $this->json($response->withStatus(404), ['error' => 'Boat not found']);
        }
        $data = (array) $request->getParsedBody();

        if (array_key_exists('photo', $data)) {
            // Lets the bosun re-use a photo already in the media folder.
            $this->boats->setPhoto($boat->id, $data['photo'] !== null ? (string) $data['photo'] : null);
        }
        if (isset($data['condition_notes'])) {
            $this->boats->saveConditionNotes($boat->id, (string) $data['condition_notes']);
        }

        return $this->json($response, ['ok' => true]);
    }

    /** DELETE /admin/boats/{id} */
    public function retire(Request $request, Response $response, array $args): Response
    {
        $boat = $this->boats->find((int) $args['id']);
        if ($boat === null) {
            return $this->json($response->withStatus(404), ['error' => 'Boat not found']);
        }

        $this->photos->delete($boat->photo);
        $this->boats->retire($boat->id);

        return $this->json($response, ['retired' => $boat->id]);
    }

    private function json(Response $response, array $data): Response
    {
        $response->getBody()->write((string) json_encode($data));

        return $response->withHeader('Content-Type', 'application/json');
    }
}
