<?php

declare(strict_types=1);

use Lampkeep\Portal\Controllers\AuthController;
use Lampkeep\Portal\Controllers\DocumentController;
use Lampkeep\Portal\Controllers\NoticeController;
use Lampkeep\Portal\Controllers\ProfileController;
use Lampkeep\Portal\Controllers\RotaController;
use Lampkeep\Portal\Controllers\SwapController;
use Lampkeep\Portal\Models\RotaRepository;
use Lampkeep\Portal\Models\VolunteerRepository;
use Lampkeep\Portal\Services\CertificateStore;
use Lampkeep\Portal\Services\HoursCalculator;
use Lampkeep\Portal\Services\LdapDirectory;
use Lampkeep\Portal\Services\RotaExporter;
use Lampkeep\Portal\Services\TokenService;
use Lampkeep\Portal\Services\WebhookNotifier;
use Lampkeep\Shared\Config\Settings;
use Lampkeep\Shared\Http\OutboundClientFactory;
use Lampkeep\Shared\Security\PasswordHasher;
use Lampkeep\Shared\Security\UrlPolicy;
use Medoo\Medoo;
use RedBeanPHP\R;

require __DIR__ . '/../vendor/autoload.php';

$f3 = \Base::instance();
$f3->config(__DIR__ . '/config/config.ini');
$f3->set('UI', __DIR__ . '/ui/');

$settings = Settings::fromEnvironment();

$medoo = new Medoo($settings->databaseOptions());
R::setup($settings->databaseDsn(), $settings->get('LAMPKEEP_DB_USER', 'lampkeep'), $settings->require('LAMPKEEP_DB_PASSWORD'));
R::freeze(true);

$volunteers = new VolunteerRepository($medoo);
$rota = new RotaRepository();
$tokens = new TokenService();
$http = (new OutboundClientFactory($settings->caBundle()))->standard();

$services = [
    AuthController::class => static fn () => new AuthController(
        new LdapDirectory(
            (string) $f3->get('portal.ldap_uri'),
            (string) $f3->get('portal.ldap_base'),
            (string) $f3->get('portal.ldap_groups'),
            (string) $f3->get('portal.ldap_bind_dn'),
            $settings->require('LAMPKEEP_LDAP_BIND_PASSWORD')
        ),
        $volunteers,
        $tokens,
        new PasswordHasher()
    ),
    RotaController::class => static fn () => new RotaController(
        $rota,
        $volunteers,
        new RotaExporter((string) $f3->get('portal.export_dir')),
        new HoursCalculator()
    ),
    SwapController::class => static fn () => new SwapController(
        $rota,
        $volunteers,
        new LdapDirectory(
            (string) $f3->get('portal.ldap_uri'),
            (string) $f3->get('portal.ldap_base'),
            (string) $f3->get('portal.ldap_groups'),
            (string) $f3->get('portal.ldap_bind_dn'),
            $settings->require('LAMPKEEP_LDAP_BIND_PASSWORD')
        )
    ),
    ProfileController::class => static fn () => new ProfileController($volunteers),
    DocumentController::class => static fn () => new DocumentController(
        new CertificateStore((string) $f3->get('portal.cert_root'), $volunteers)
    ),
    NoticeController::class => static fn () => new NoticeController(
        $rota,
        $tokens,
        new WebhookNotifier($http, new UrlPolicy((array) $f3->get('portal.calendar_hosts')))
    ),
];

$f3->set('CONTAINER', static function (string $class) use ($services) {
    if (!isset($services[$class])) {
        throw new \LogicException('No factory for ' . $class);
    }

    return $services[$class]();
});

$f3->set('ONERROR', static function (\Base $f3): void {
    $code = (int) $f3->get('ERROR.code');
    if ($code >= 500) {
        error_log(sprintf('[portal] %s %s', $f3->get('ERROR.text'), $f3->get('ERROR.trace')));
    }
    $f3->set('page_title', $code === 404 ? 'Not found' : 'Something went wrong');
    $f3->set('error_code', $code);
    echo '<h1>' . htmlspecialchars((string) $f3->get('page_title')) . '</h1>';
});

$f3->run();
