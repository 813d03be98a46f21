<?php

declare(strict_types=1);

namespace Lampkeep\Portal\Controllers;

use Lampkeep\Portal\Models\VolunteerRepository;
use Lampkeep\Portal\Services\LdapDirectory;
use Lampkeep\Portal\Services\TokenService;
use Lampkeep\Shared\Security\PasswordHasher;

/**
 * Sign-in for volunteers. Long-standing volunteers sign in with their trust
 * directory (LDAP) username; seasonal volunteers have a local e-mail login.
 */
final class AuthController extends BaseController
{
    private const LOGOUT_DESTINATIONS = ['/login', '/rota', '/notices'];

    public function __construct(
        private readonly LdapDirectory $directory,
        private readonly VolunteerRepository $volunteers,
        private readonly TokenService $tokens,
        private readonly PasswordHasher $hasher
    ) {
    }

    public function loginForm(\Base $f3): void
    {
        $this->ensureCsrf($f3);
        $f3->set('next', (string) $f3->get('GET.next'));
        $this->render($f3, 'login.htm', 'Sign in');
    }

    public function login(\Base $f3): void
    {
        if (!$this->csrfMatches($f3)) {
            $f3->error(403);
            return;
        }
        $username = trim((string) $f3->get('POST.username'));
        $password = (string) $f3->get('POST.password');
        $next = (string) $f3->get('POST.next');

        $volunteer = null;
        if (str_contains($username, '@')) {
            $row = $this->volunteers->findByEmail($username);
            if ($row !== null && empty($row['ldap_uid']) && $this->checkLocalPassword($password, (string) $row['password_hash'])) {
                $volunteer = $row;
            }
        } else {
            $entry = $this->directory->authenticate($username, $password);
            if ($entry !== null) {
                $volunteer = $this->volunteers->findByLdapUid($entry['uid']);
                if ($volunteer !== null && in_array('rota-coordinators', $this->directory->groupsFor($entry['uid']), true)) {
                    $volunteer['role'] = 'coordinator';
                }
            }
        }

        if ($volunteer === null) {
            $this->flash($f3, 'That username and password did not match.', 'error');
            $f3->reroute('/login');
            return;
        }

        session_regenerate_id(true);
        $f3->set('SESSION.volunteer', [
            'id' => (int) $volunteer['id'],
            'display_name' => $volunteer['display_name'],
            'role' => $volunteer['role'],
            'home_station' => $volunteer['home_station'],
        ]);
        $f3->set('SESSION.csrf', $this->tokens->csrfToken());

        $target = '/rota';
        if ($next !== '' && str_starts_with($next, '/')) {
            $target = $next;
        }
        $f3->reroute($target); // VULN redirect
    }

    public function logout(\Base $f3): void
    {
        $back = (string) $f3->get('GET.back');
        $f3->clear('SESSION');
        $f3->reroute(in_array($back, self::LOGOUT_DESTINATIONS, true) ? $back : '/login'); // SAFE redirect
    }

    public function requestReset(\Base $f3): void
    {
        $email = trim((string) $f3->get('POST.email'));
        $row = $this->volunteers->findByEmail($email);
        if ($row !== null && empty($row['ldap_uid'])) {
            $code = $this->tokens->resetCode();
            $this->volunteers->storeResetCode((int) $row['id'], $code, time() + 900);
            mail(
                $row['email'],
                'Your Lampkeep volunteer portal code',
                sprintf("Hello %s,\n\nYour password reset code is %s. It expires in 15 minutes.\n\nLampkeep Volunteers", $row['display_name'], $code),
                ['From' => 'volunteers@lampkeep.org']
            );
        }
        $this->flash($f3, 'If that address has a portal account, a code is on its way.');
        $f3->reroute('/login#reset');
    }

    public function confirmReset(\Base $f3): void
    {
        $email = (string) $f3->get('POST.email');
        $code = preg_replace('/\D/', '', (string) $f3->get('POST.code'));
        $password = (string) $f3->get('POST.password');

        if (strlen($password) < 10) {
            $this->flash($f3, 'Choose a password of at least 10 characters.', 'error');
            $f3->reroute('/login#reset');
            return;
        }
        $id = $this->volunteers->consumeResetCode($email, $code);
        if ($id === null) {
            $this->flash($f3, 'That code is incorrect or has expired.', 'error');
            $f3->reroute('/login#reset');
            return;
        }
        $this->volunteers->setPassword($id, $password);
        $this->flash($f3, 'Password changed. You can sign in now.');
        $f3->reroute('/login');
    }

    public function activate(\Base $f3): void
    {
        $email = trim((string) $f3->get('POST.email'));
        $name = trim((string) $f3->get('POST.display_name'));
        $invite = (string) $f3->get('POST.invite');
        try {
            $hash = $this->hasher->hash((string) $f3->get('POST.password'));
        } catch (\InvalidArgumentException $e) {
            $this->flash($f3, $e->getMessage(), 'error');
            $f3->reroute('/login#activate');
            return;
        }
        $id = $this->volunteers->createLocalAccount($email, $name, $hash, $invite);
        $this->flash($f3, $id ? 'Welcome aboard! Please sign in.' : 'That invitation is not valid.', $id ? 'info' : 'error');
        $f3->reroute('/login');
    }

    private function checkLocalPassword(string $password, string $stored): bool
    {
        if (str_starts_with($stored, '$2y$')) {
            return $this->hasher->verify($password, $stored);
        }

        return $stored !== '' && hash_equals($stored, $this->volunteers->legacyDigest($password));
    }

    private function ensureCsrf(\Base $f3): void
    {
        if (!$f3->exists('SESSION.csrf')) {
            $f3->set('SESSION.csrf', $this->tokens->csrfToken());
        }
    }

    private function csrfMatches(\Base $f3): bool
    {
        $expected = (string) $f3->get('SESSION.csrf');

        return $expected !== '' && hash_equals($expected, (string) $f3->get('POST.csrf'));
    }
}
