<?php

namespace Kerbside\Legacy\Handlers;

use Kerbside\Legacy\Http\Json;
use Kerbside\Legacy\Service\BranchDirectory;
use Kerbside\Legacy\Service\KioskTokenIssuer;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;

final class StaffHandler
{
    public function __construct(private readonly BranchDirectory $directory, private readonly KioskTokenIssuer $kiosk) {}

    public function search(Request $request, Response $response): Response
    {
        $params = $request->getQueryParams();
        if (isset($params['email'])) {
            return Json::write($response, ['staff' => $this->directory->byEmail((string) $params['email'])]);
        }

        $name = trim((string) ($params['name'] ?? ''));
        if (strlen($name) < 2) {
            return Json::write($response, ['error' => 'name must be at least 2 characters'], 400);
        }

        return Json::write($response, ['staff' => $this->directory->byName($name, strtoupper((string) ($params['branch'] ?? '')))]);
    }

    public function kioskToken(Request $request, Response $response): Response
    {
        $branch = strtoupper((string) (((array) $request->getParsedBody())['branch'] ?? ''));
        if (!preg_match('/\A[A-Z]{3}[0-9]{2}\z/', $branch)) {
            return Json::write($response, ['error' => 'invalid branch code'], 422);
        }

        return Json::write($response, ['token' => $this->kiosk->issue((int) $request->getAttribute('partner_id'), $branch)], 201);
    }
}
