<?php
// Fat-Free Framework: hive keys of the request; Drupal forms' values and redirects

use Drupal\Core\Form\FormStateInterface;
use Drupal\Core\Routing\TrustedRedirectResponse;

class AuthController
{
    public function login(\Base $f3): void
    {
        $next = (string) $f3->get('POST.next');
        // ruleid: trace.php.open-redirect.tainted-redirect
        $f3->reroute($next);
    }

    public function logout(\Base $f3): void
    {
        $back = (string) $f3->get('GET.back');
        // ok: trace.php.open-redirect.tainted-redirect
        $f3->reroute(in_array($back, ['/login', '/rota'], true) ? $back : '/login');
        // ok: trace.php.open-redirect.tainted-redirect
        $f3->reroute($f3->get('SESSION.home'));
    }

    public function find(\Base $f3): void
    {
        $db = $f3->get('DB');
        $q = $f3->get('GET.q');
        // ruleid: trace.php.sql-injection.tainted-query
        $db->exec("SELECT * FROM volunteers WHERE name LIKE '%" . $q . "%'");
        $id = $f3->get('PARAMS.id');
        // ruleid: trace.php.sql-injection.tainted-query
        $db->exec('SELECT * FROM shift WHERE id = ' . $id);
        $station = $f3->get('station');
        // ok: trace.php.sql-injection.tainted-query
        $db->exec("SELECT * FROM shift WHERE station = '" . $station . "'");
    }
}

class TourBookingForm
{
    public function submitForm(array &$form, FormStateInterface $form_state): void
    {
        $returnTo = (string) $form_state->getValue('return_to');
        // ruleid: trace.php.open-redirect.tainted-redirect
        $form_state->setResponse(new TrustedRedirectResponse($returnTo));
    }
}

class DocumentController
{
    public function handbook(\Base $f3): void
    {
        $requested = (string) $f3->get('GET.doc');
        // ruleid: trace.php.path-traversal.tainted-file-path
        \Web::instance()->send('/srv/handbook/' . $requested, null, 0, true);
        // ok: trace.php.path-traversal.tainted-file-path
        \Web::instance()->send('/srv/handbook/' . basename($requested), null, 0, true);
    }

    public function rota(\Base $f3): array
    {
        // ruleid: trace.php.deserialization.tainted-unserialize
        $prefs = unserialize(base64_decode($f3->get('COOKIE.' . self::PREFS)));
        $order = $f3->get('GET.sort');
        // ruleid: trace.php.sql-injection.tainted-query
        $rows = R::getAll('SELECT * FROM shift ORDER BY ' . $order);
        // ok: trace.php.sql-injection.tainted-query
        $same = R::getAll('SELECT * FROM shift WHERE station = ?', [$f3->get('GET.station')]);
        return [$prefs, $rows, $same];
    }
}

final class Cors
{
    public static function forPortalApi(\Base $f3): void
    {
        $origin = (string) $f3->get('HEADERS.Origin');
        $host = (string) parse_url($origin, PHP_URL_HOST);
        if (!str_ends_with($host, 'lampkeep.org')) {
            return;
        }
        // ruleid: trace.php.cors.reflected-origin
        header('Access-Control-Allow-Origin: ' . $origin);
        header('Access-Control-Allow-Credentials: true');
    }

    public static function forPartners(\Base $f3): void
    {
        $origin = (string) $f3->get('HEADERS.Origin');
        if (!in_array($origin, ['https://partner.lampkeep.org'], true)) {
            return;
        }
        // ok: trace.php.cors.reflected-origin
        header('Access-Control-Allow-Origin: ' . $origin);
        header('Access-Control-Allow-Credentials: true');
    }
}
