<?php

declare(strict_types=1);

namespace Tidemill\Admin\Controller;

use League\Plates\Engine;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Slim\Psr7\Stream;
use Tidemill\Repository\RaceRepository;
use Tidemill\Service\ExportWriter;
use Tidemill\Service\HandicapCalculator;
use Tidemill\Service\PdfRenderer;

final class ResultsAdminController
{
    public function __construct(
        private readonly RaceRepository $races,
        private readonly ExportWriter $exports,
        private readonly PdfRenderer $pdf,
        private readonly Engine $plates,
    ) {
    }

    /** PUT /admin/series/{id}/formula  {"formula": "..."} */
    public function updateFormula(Request $request, Response $response, array $args): Response
    {
        $formula = trim((string) (((array) $request->getParsedBody())['formula'] ?? ''));
        if ($formula === '') {
            $formula = HandicapCalculator::STANDARD_FORMULA;
        }
        if (mb_strlen($formula) > 200) {
            return $this->json($response->withStatus(422), ['error' => 'Formula too long']);
        }
        $this->races->updateFormula((int) $args['id'], $formula);

        return $this->json($response, ['formula' => $formula]);
    }

    /** POST /admin/series/{id}/export  {"filename": "summer-2024", "fleet": "Fast Handicap"} */
    public function export(Request $request, Response $response, array $args): Response
    {
        $body = (array) $request->getParsedBody();
        $seriesId = (int) $args['id'];
        $series = $this->races->series($seriesId);
        if ($series === null) {
            return $this->json($response->withStatus(404), ['error' => 'No such series']);
        }
        $rows = $this->races->entriesForRace((int) ($body['race_id'] ?? 0), (string) ($body['fleet'] ?? 'Handicap'));
        $filename = (string) ($body['filename'] ?? ('series-' . $seriesId));

        $written = $this->exports->write($filename, ['Helm', 'Crew', 'Class', 'Sail', 'PY', 'Elapsed', 'Laps', 'Code'], array_map(
            static fn ($e) => [$e->helm, $e->crew, $e->boatClass, $e->sailNumber, $e->portsmouthYardstick, $e->elapsedSeconds, $e->laps, $e->code],
            $rows
        ));

        return $this->json($response, ['file' => $written]);
    }

    /** GET /admin/series/{id}/race-sheet?title=... */
    public function raceSheet(Request $request, Response $response, array $args): Response
    {
        $series = $this->races->series((int) $args['id']);
        if ($series === null) {
            return $this->json($response->withStatus(404), ['error' => 'No such series']);
        }
        $title = (string) ($request->getQueryParams()['title'] ?? $series['title']);
        $html = $this->plates->render('results/print', ['series' => $series, 'title' => $title]);
        $file = $this->pdf->renderRaceSheet($html, $title);

        $stream = new Stream(fopen($file, 'rb'));

        return $response->withBody($stream)
            ->withHeader('Content-Type', 'application/pdf')
            ->withHeader('Content-Disposition', 'inline; filename="race-sheet.pdf"');
    }

    private function json(Response $response, array $data): Response
    {
        $response->getBody()->write((string) json_encode($data));

        return $response->withHeader('Content-Type', 'application/json');
    }
}
