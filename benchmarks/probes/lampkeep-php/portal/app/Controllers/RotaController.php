<?php

declare(strict_types=1);

namespace Lampkeep\Portal\Controllers;

use Lampkeep\Portal\Models\RotaRepository;
use Lampkeep\Portal\Models\VolunteerRepository;
use Lampkeep\Portal\Services\HoursCalculator;
use Lampkeep\Portal\Services\RotaExporter;
use Lampkeep\Portal\Services\RotaPreferences;

/**
 * Monthly rota for guides, shop and lantern-room volunteers.
 */
final class RotaController extends BaseController
{
    public function __construct(
        private readonly RotaRepository $rota,
        private readonly VolunteerRepository $volunteers,
        private readonly RotaExporter $exporter,
        private readonly HoursCalculator $hours
    ) {
    }

    public function index(\Base $f3): void
    {
        $month = $this->month($f3);
        $prefs = RotaPreferences::fromCookie($f3->get('COOKIE.' . RotaPreferences::COOKIE));
        $sort = (string) ($f3->get('GET.sort') ?: $prefs->sort);
        $station = (string) ($f3->get('GET.station') ?? $prefs->station);

        $shifts = $this->rota->shiftsForMonth($month, $sort, $station);
        if ($prefs->onlyMine) {
            $shifts = array_values(array_filter($shifts, fn (array $s): bool => (int) $s['volunteer_id'] === $this->me()));
        }

        $f3->mset([
            'month' => $month,
            'sort' => $sort,
            'station' => $station,
            'stations' => (array) $f3->get('portal.stations'),
            'printers' => (array) $f3->get('portal.printers'),
            'shifts' => $shifts,
            'prefs' => (array) $prefs,
            'colleagues' => $this->volunteers->colleaguesAtStation($this->me()),
            'upcoming' => $this->rota->shiftsFor($this->me(), date('Y-m-d')),
        ]);
        $this->render($f3, 'rota.htm', 'Rota for ' . date('F Y', strtotime($month . '-01')));
    }

    public function feed(\Base $f3): void
    {
        $month = $this->month($f3);
        $this->json([
            'month' => $month,
            'shifts' => $this->rota->shiftsForMonth($month, 'date'),
            'mine' => $this->rota->shiftsFor($this->me(), date('Y-m-d')),
        ]);
    }

    public function savePreferences(\Base $f3): void
    {
        $prefs = RotaPreferences::fromForm((array) $f3->get('POST'));
        $f3->set('COOKIE.' . RotaPreferences::COOKIE, $prefs->toCookie(), 60 * 60 * 24 * 365);
        $f3->reroute('/rota');
    }

    public function export(\Base $f3): void
    {
        $month = $this->month($f3);
        $title = trim((string) $f3->get('GET.title')) ?: 'Lampkeep rota ' . $month;

        $f3->mset([
            'month' => $month,
            'shifts' => $this->rota->shiftsForMonth($month, 'date'),
            'print_title' => $title,
        ]);
        $html = \Template::instance()->render('rota.htm');
        $pdf = $this->exporter->toPdf($html, $title);

        \Web::instance()->send($pdf, 'application/pdf', 0, true, 'rota-' . $month . '.pdf');
        @unlink($pdf);
    }

    public function archive(\Base $f3): void
    {
        $this->requireCoordinator($f3);
        $month = (string) $f3->get('GET.month');
        if (!preg_match('/\d{4}-\d{2}/', $month)) {
            $f3->error(400, 'Month must look like 2024-06.');
            return;
        }

        $archive = $this->exporter->bundleMonth($month);
        \Web::instance()->send($archive, 'application/gzip', 0, true, basename($archive));
    }

    public function printRota(\Base $f3): void
    {
        $printer = (string) $f3->get('POST.printer');
        if (!in_array($printer, (array) $f3->get('portal.printers'), true)) {
            $f3->error(400, 'Unknown printer.');
            return;
        }
        $month = $this->month($f3);
        $f3->mset(['month' => $month, 'shifts' => $this->rota->shiftsForMonth($month, 'date'), 'print_title' => 'Rota ' . $month]);
        $pdf = $this->exporter->toPdf(\Template::instance()->render('rota.htm'), 'Rota ' . $month);

        $ok = $this->exporter->printPdf($printer, $pdf, (int) $f3->get('POST.copies'));
        @unlink($pdf);
        $this->flash($f3, $ok ? 'Sent to the ' . $printer . ' printer.' : 'The printer did not accept the job.', $ok ? 'info' : 'error');
        $f3->reroute('/rota');
    }

    /**
     * A volunteer logs the hours they worked on a given day.
     */
    public function logHours(\Base $f3): void
    {
        $entered = trim((string) $f3->get('POST.hours'));
        $date = (string) $f3->get('POST.date');
        if (!preg_match('/^\d{4}-\d{2}-\d{2}$/', $date) || !preg_match('/[0-9][0-9.+\-*\/() ]*/', $entered)) {
            $this->flash($f3, 'Enter the date and hours, e.g. "3.5 + 2".', 'error');
            $f3->reroute('/rota');
            return;
        }

        try {
            $total = $this->hours->total($entered);
        } catch (\InvalidArgumentException $e) {
            $this->flash($f3, $e->getMessage(), 'error');
            $f3->reroute('/rota');
            return;
        }
        $this->rota->recordHours($this->me(), $date, $total, $entered, $this->me());
        $this->flash($f3, sprintf('Logged %.2f hours for %s. Thank you!', $total, $date));
        $f3->reroute('/rota');
    }

    /**
     * Coordinators correct hours from the paper sign-in sheets.
     */
    public function adjustHours(\Base $f3, array $params): void
    {
        $this->requireCoordinator($f3);
        $volunteerId = (int) $params['volunteer'];
        $date = (string) $f3->get('POST.date');
        $entered = (string) $f3->get('POST.hours');
        if (!preg_match('/^\d{4}-\d{2}-\d{2}$/', $date)) {
            $f3->error(400);
            return;
        }

        try {
            $total = $this->hours->totalStrict($entered);
        } catch (\InvalidArgumentException $e) {
            $this->json(['error' => $e->getMessage()], 422);
            return;
        }
        $this->rota->recordHours($volunteerId, $date, $total, $entered, $this->me());
        $this->json(['volunteer' => $volunteerId, 'date' => $date, 'hours' => $total]);
    }

    private function month(\Base $f3): string
    {
        $month = (string) $f3->get('GET.month');

        return preg_match('/^\d{4}-(0[1-9]|1[0-2])$/', $month) ? $month : date('Y-m');
    }
}
