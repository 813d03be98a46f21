<?php

declare(strict_types=1);

namespace Tidemill\Handler;

use Laminas\Diactoros\Response\HtmlResponse;
use Laminas\Diactoros\Response\RedirectResponse;
use League\Plates\Engine;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Tidemill\Domain\RaceEntry;
use Tidemill\Repository\RaceRepository;
use Tidemill\Service\HandicapCalculator;

/**
 * GET /results/{series:\d+}?fleet=Fast%20Handicap&view=table|chart|print&msg=
 */
final class RaceResultsHandler implements RequestHandlerInterface
{
    public function __construct(
        private readonly RaceRepository $races,
        private readonly HandicapCalculator $handicap,
        private readonly Engine $plates,
    ) {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $seriesId = (int) $request->getAttribute('series');
        $query = $request->getQueryParams();

        $view = (string) ($query['view'] ?? 'table');
        if ($view !== 'table') {
            $target = match ($view) {
                'chart' => '/results/' . $seriesId . '/chart',
                'print' => '/results/' . $seriesId . '/print',
                default => '/results/' . $seriesId,
            };

            return new RedirectResponse($target); // SAFE redirect
        }

        $series = $this->races->series($seriesId);
        if ($series === null) {
            return new HtmlResponse('<h1>Series not found</h1><p>Those results have not been published yet.</p>', 404);
        }

        $fleet = isset($query['fleet']) && preg_match('/[A-Za-z][A-Za-z ]*/', (string) $query['fleet']) === 1 ? (string) $query['fleet'] : null;
        $rows = $this->races->resultsForSeries($seriesId, $fleet);

        $byRace = [];
        foreach ($rows as $row) {
            $byRace[(int) $row['race_no']]['date'] = $row['sailed_on'];
            $byRace[(int) $row['race_no']]['entries'][] = new RaceEntry(
                $row['helm'],
                $row['crew'],
                $row['boat_class'],
                $row['sail_number'],
                (int) $row['py'],
                $row['elapsed_seconds'] !== null ? (int) $row['elapsed_seconds'] : null,
                $row['laps'] !== null ? (int) $row['laps'] : null,
                $row['code'],
            );
        }

        $ranked = [];
        $chart = [];
        foreach ($byRace as $raceNo => $race) {
            $ranked[$raceNo] = ['date' => $race['date'], 'rows' => $this->handicap->rank($race['entries'], $series['handicap_formula'] ?? null)];
            foreach ($ranked[$raceNo]['rows'] as $r) {
                $chart[$r['entry']->helm][] = $r['points'];
            }
        }

        return new HtmlResponse($this->plates->render('results/series', [
            'series' => $series,
            'fleet' => $fleet,
            'races' => $ranked,
            'chart' => $chart,
            'notice' => isset($query['msg']) ? (string) $query['msg'] : null,
        ]));
    }
}
