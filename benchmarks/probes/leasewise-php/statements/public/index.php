<?php

declare(strict_types=1);

use DI\Container;
use Leasewise\Statements\Action\ArchiveAction;
use Leasewise\Statements\Action\ExportAction;
use Leasewise\Statements\Action\LoginAction;
use Leasewise\Statements\Action\StatementAction;
use Leasewise\Statements\Middleware\CorsMiddleware;
use Leasewise\Statements\Middleware\JwtAuthMiddleware;
use Leasewise\Statements\Repository\OwnerRepository;
use Leasewise\Statements\Service\CursorCodec;
use Leasewise\Statements\Service\OwnerAuthenticator;
use Leasewise\Statements\Service\StatementArchive;
use Leasewise\Statements\Service\StatementRenderer;
use Slim\Factory\AppFactory;
use Slim\Psr7\Factory\ResponseFactory;
use Slim\Routing\RouteCollectorProxy;
use Slim\Views\Twig;
use Slim\Views\TwigMiddleware;

require __DIR__.'/../vendor/autoload.php';

$settings = require __DIR__.'/../config/settings.php';

$container = new Container();
$container->set('settings', $settings);

$container->set(PDO::class, static function () use ($settings): PDO {
    return new PDO($settings['db']['dsn'], $settings['db']['user'], $settings['db']['password'], [
        PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
        PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
    ]);
});

$container->set(Twig::class, static fn () => Twig::create(__DIR__.'/../templates', [
    'cache' => getenv('TWIG_CACHE_DIR') ?: false,
    'autoescape' => 'html',
    'strict_variables' => false,
]));

$container->set(StatementRenderer::class, static fn (Container $c) => new StatementRenderer(
    $c->get(Twig::class),
    $settings['footer_template'],
));

$container->set(StatementArchive::class, static fn () => new StatementArchive($settings['archive_dir']));
$container->set(CursorCodec::class, static fn () => new CursorCodec($settings['cursor_key']));

$container->set(LoginAction::class, static fn (Container $c) => new LoginAction(
    $c->get(OwnerAuthenticator::class),
    $settings['jwt'],
));

$container->set(JwtAuthMiddleware::class, static fn () => new JwtAuthMiddleware(
    $settings['jwt']['secret'],
    $settings['jwt']['audience'],
    $settings['jwt']['cookie'],
    new ResponseFactory(),
));

$container->set(CorsMiddleware::class, static fn () => new CorsMiddleware(
    $settings['cors']['allowed_origins'],
    new ResponseFactory(),
));

$container->set(OwnerAuthenticator::class, static fn (Container $c) => new OwnerAuthenticator($c->get(OwnerRepository::class)));

AppFactory::setContainer($container);
$app = AppFactory::create();

$app->addBodyParsingMiddleware();
$app->add(TwigMiddleware::createFromContainer($app, Twig::class));
$app->addRoutingMiddleware();
$app->add(CorsMiddleware::class);
$app->addErrorMiddleware($settings['display_errors'], true, true);

$app->post('/login', LoginAction::class);

$app->group('/owners/{ownerId:[0-9]+}', function (RouteCollectorProxy $group) {
    $group->get('/statement', StatementAction::class);
    $group->get('/ledger.csv', ExportAction::class);
    $group->get('/archive', ArchiveAction::class);
})->add(JwtAuthMiddleware::class);

$app->run();
