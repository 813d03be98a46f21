<?php

declare(strict_types=1);

namespace Lampkeep\Portal\Controllers;

use Lampkeep\Portal\Support\Cors;

/**
 * Shared behaviour for portal controllers: session guard, CSRF, rendering.
 */
abstract class BaseController
{
    /** Routes reachable without a volunteer session. */
    protected const PUBLIC_PATHS = ['/login', '/password/reset', '/password/reset/confirm', '/activate', '/kiosk/notices', '/kiosk/heartbeat'];

    protected array $volunteer = [];

    public function beforeroute(\Base $f3): void
    {
        $path = (string) $f3->get('PATH');
        if (str_starts_with($path, '/rota/feed')) {
            Cors::forPortalApi($f3);
        }
        if (in_array($path, self::PUBLIC_PATHS, true)) {
            return;
        }

        $session = $f3->get('SESSION.volunteer');
        if (!is_array($session) || empty($session['id'])) {
            $f3->reroute('/login?next=' . rawurlencode((string) $f3->get('URI')));
            return;
        }
        $this->volunteer = $session;

        if ($f3->get('VERB') === 'POST' && !$this->csrfValid($f3)) {
            $f3->error(403, 'Your form expired. Please go back and try again.');
        }
    }

    protected function me(): int
    {
        return (int) ($this->volunteer['id'] ?? 0);
    }

    protected function isCoordinator(): bool
    {
        return in_array($this->volunteer['role'] ?? '', ['coordinator', 'manager'], true);
    }

    protected function requireCoordinator(\Base $f3): void
    {
        if (!$this->isCoordinator()) {
            $f3->error(403);
        }
    }

    protected function render(\Base $f3, string $view, string $title): void
    {
        $f3->set('content', $view);
        $f3->set('page_title', $title);
        $f3->set('volunteer_session', $this->volunteer);
        $f3->set('csrf', $f3->get('SESSION.csrf'));
        $f3->set('flash', (array) $f3->get('SESSION.flash'));
        $f3->clear('SESSION.flash');
        echo \Template::instance()->render('layout.htm');
    }

    protected function json(array $data, int $status = 200): void
    {
        http_response_code($status);
        header('Content-Type: application/json; charset=utf-8');
        echo json_encode($data, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
    }

    protected function flash(\Base $f3, string $message, string $kind = 'info'): void
    {
        $f3->push('SESSION.flash', ['kind' => $kind, 'text' => $message]);
    }

    private function csrfValid(\Base $f3): bool
    {
        $expected = (string) $f3->get('SESSION.csrf');
        $given = (string) ($f3->get('POST.csrf') ?? $f3->get('HEADERS.X-Csrf-Token') ?? '');

        return $expected !== '' && hash_equals($expected, $given);
    }
}
