<?php

declare(strict_types=1);

namespace Lampkeep\Portal\Controllers;

use Lampkeep\Portal\Models\RotaRepository;
use Lampkeep\Portal\Services\TokenService;
use Lampkeep\Portal\Services\WebhookNotifier;
use Lampkeep\Portal\Support\Cors;

/**
 * Station notices for volunteers and the visitor-centre kiosk displays.
 *
 * Notice bodies may use placeholders such as {{ @station }} and {{ @today }}
 * so that recurring notices ("Tower closes early today, {{ @today }}") do not
 * have to be edited every day.
 */
final class NoticeController extends BaseController
{
    public function __construct(
        private readonly RotaRepository $rota,
        private readonly TokenService $tokens,
        private readonly WebhookNotifier $notifier
    ) {
    }

    public function index(\Base $f3): void
    {
        $station = (string) ($this->volunteer['home_station'] ?? 'all');
        $notices = [];
        foreach ($this->rota->activeNotices($station, true) as $notice) {
            $notice['html'] = nl2br(htmlspecialchars($this->expandPlaceholders((string) $notice['body'], (string) $notice['station']), ENT_QUOTES));
            $notices[] = $notice;
        }
        $team = $this->rota->teamFor($this->me());

        $f3->mset(['notices' => $notices, 'team' => $team, 'kiosk' => false]);
        $this->render($f3, 'notices.htm', 'Notices');
    }

    public function save(\Base $f3): void
    {
        $title = mb_substr(trim((string) $f3->get('POST.title')), 0, 120);
        $body = trim((string) $f3->get('POST.body'));
        $station = (string) $f3->get('POST.station') ?: 'all';
        if ($title === '' || $body === '') {
            $this->flash($f3, 'A notice needs a title and some text.', 'error');
            $f3->reroute('/notices');
            return;
        }

        $this->rota->saveNotice($this->me(), $station, $title, $body, (bool) $f3->get('POST.staff_only'));

        $team = $this->rota->teamFor($this->me());
        if ($f3->get('POST.announce') && !empty($team['webhook_url'])) {
            $this->notifier->announce((string) $team['webhook_url'], $title, strip_tags($body));
        }
        $this->flash($f3, 'Notice published.');
        $f3->reroute('/notices');
    }

    public function saveWebhook(\Base $f3): void
    {
        $this->requireCoordinator($f3);
        $team = $this->rota->teamFor($this->me());
        $url = trim((string) $f3->get('POST.webhook_url'));
        if ($team === null || ($url !== '' && !WebhookNotifier::looksLikeSlackHook($url))) {
            $this->flash($f3, 'Paste the Slack incoming-webhook URL for your team channel.', 'error');
        } else {
            $this->rota->saveTeamWebhook((int) $team['id'], $url);
            $this->flash($f3, 'Team channel updated.');
        }
        $f3->reroute('/notices');
    }

    public function importCalendar(\Base $f3): void
    {
        $this->requireCoordinator($f3);
        try {
            $events = $this->notifier->fetchCalendar(trim((string) $f3->get('POST.calendar_url')));
        } catch (\Throwable $e) {
            $this->flash($f3, 'Could not import that calendar: ' . $e->getMessage(), 'error');
            $f3->reroute('/notices');
            return;
        }
        foreach (array_slice($events, 0, 10) as $event) {
            $this->rota->saveNotice($this->me(), 'all', mb_substr($event['summary'], 0, 120), 'Calendar: ' . $event['start'], false);
        }
        $this->flash($f3, sprintf('Imported %d calendar events.', min(10, count($events))));
        $f3->reroute('/notices');
    }

    /**
     * Polled by the kiosk displays in the visitor centre.
     */
    public function kiosk(\Base $f3): void
    {
        Cors::forKiosk($f3, (array) $f3->get('portal.kiosk_origins'));
        $claims = $this->tokens->peekClaims($this->bearer($f3));
        if ($claims === null) {
            $this->json(['error' => 'kiosk token required'], 401);
            return;
        }
        $station = (string) ($claims['station'] ?? 'all');
        $staff = in_array('staff', explode(' ', (string) ($claims['scope'] ?? '')), true);

        $notices = [];
        foreach ($this->rota->activeNotices($station, $staff) as $notice) {
            $notice['html'] = nl2br(htmlspecialchars(strtr((string) $notice['body'], ['{{ @station }}' => $station, '{{ @today }}' => date('l j F')]), ENT_QUOTES));
            $notices[] = $notice;
        }

        $f3->mset(['notices' => $notices, 'team' => null, 'kiosk' => true, 'station' => $station]);
        echo \Template::instance()->render('notices.htm', 'text/html', ['notices' => $notices, 'kiosk' => true]); // SAFE ssti
    }

    public function heartbeat(\Base $f3): void
    {
        Cors::forKiosk($f3, (array) $f3->get('portal.kiosk_origins'));
        $claims = $this->tokens->verifyKioskToken($this->bearer($f3));
        if ($claims === null) {
            $this->json(['error' => 'invalid kiosk token'], 401);
            return;
        }
        $this->rota->recordKioskHeartbeat((string) $claims['station'], (string) $f3->get('IP'));
        $this->json(['ok' => true]);
    }

    private function expandPlaceholders(string $body, string $station): string
    {
        return \Template::instance()->resolve($body, ['station' => $station, 'today' => date('l j F')]); // VULN ssti
    }

    private function bearer(\Base $f3): string
    {
        $header = (string) $f3->get('HEADERS.Authorization');

        return str_starts_with($header, 'Bearer ') ? substr($header, 7) : (string) $f3->get('GET.token');
    }
}
