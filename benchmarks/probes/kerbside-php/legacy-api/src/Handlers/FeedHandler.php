<?php

namespace Kerbside\Legacy\Handlers;

use Kerbside\Legacy\Http\Json;
use Kerbside\Legacy\Service\FeedImporter;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;

final class FeedHandler
{
    public function __construct(private readonly FeedImporter $importer) {}

    public function import(Request $request, Response $response): Response
    {
        $xml = (string) $request->getBody();
        $branches = $request->getHeaderLine('X-Feed-Format') === 'v2'
            ? $this->importer->parseV2($xml)
            : $this->importer->parseLegacy($xml);
        return Json::write($response, ['imported' => count($branches), 'branches' => $branches]);
    }

    public function lookup(Request $request, Response $response): Response
    {
        $branch = $this->importer->branchByCode((string) ($request->getQueryParams()['code'] ?? ''));
        return $branch === null ? Json::write($response, ['error' => 'unknown branch'], 404) : Json::write($response, $branch);
    }

    public function contacts(Request $request, Response $response): Response
    {
        $code = strtoupper((string) ($request->getQueryParams()['code'] ?? ''));
        if (!preg_match('/\A[A-Z]{3}[0-9]{2}\z/', $code)) {
            return Json::write($response, ['error' => 'code must look like LHR01'], 400);
        }

        return Json::write($response, ['code' => $code, 'contacts' => $this->importer->contactsFor($code)]);
    }
}
