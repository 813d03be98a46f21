<?php

namespace Kerbside\Legacy\Handlers;

use Kerbside\Legacy\Http\Json;
use Kerbside\Legacy\Repository\DamageLogStore;
use Kerbside\Legacy\Repository\DamageQuery;
use Kerbside\Legacy\Service\ArchiveImporter;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Psr\Http\Message\UploadedFileInterface;

final class DamageLogHandler
{
    public function __construct(private readonly DamageLogStore $store, private readonly ArchiveImporter $archives) {}

    public function search(Request $request, Response $response): Response
    {
        $body = (array) $request->getParsedBody();
        $query = (new DamageQuery())
            ->plate($body['plate'] ?? null)
            ->severity($body['severity'] ?? null);
        return Json::write($response, ['entries' => $this->store->search($query)]);
    }

    public function history(Request $request, Response $response): Response
    {
        $plate = strtoupper((string) ($request->getQueryParams()['plate'] ?? ''));
        return Json::write($response, ['plate' => $plate, 'entries' => $this->store->forPlate($plate)]);
    }

    public function highMileage(Request $request, Response $response): Response
    {
        $threshold = (string) ($request->getQueryParams()['km'] ?? '100000');
        return Json::write($response, ['entries' => $this->store->aboveMileage($threshold)]);
    }

    public function importPhotos(Request $request, Response $response): Response
    {
        $archive = $request->getUploadedFiles()['archive'] ?? null;
        $plate = strtoupper((string) preg_replace('/[^A-Za-z0-9]/', '', (string) (((array) $request->getParsedBody())['plate'] ?? '')));
        if (!$archive instanceof UploadedFileInterface || $archive->getError() !== UPLOAD_ERR_OK || $plate === '') {
            return Json::write($response, ['error' => 'archive and plate are required'], 400);
        }

        $tmp = tempnam(sys_get_temp_dir(), 'kr-dmg-');
        $archive->moveTo($tmp);
        try {
            $saved = $this->archives->extractPhotos($tmp, $plate);
        } finally {
            @unlink($tmp);
        }

        return Json::write($response, ['plate' => $plate, 'photos' => $saved], 201);
    }
}
