<?php

declare(strict_types=1);

use Laminas\ServiceManager\ServiceManager;
use Slim\Factory\AppFactory;
use Slim\Psr7\Factory\ResponseFactory;
use Tidemill\Admin\Controller;
use Tidemill\Middleware\AdminTokenMiddleware;
use Tidemill\Repository;
use Tidemill\Security\JwtCodec;
use Tidemill\Service;

chdir(dirname(__DIR__));
require 'vendor/autoload.php';

/** @var ServiceManager $container */
$container = require 'config/container.php';
$config = $container->get('config');

$container->setAllowOverride(true);
$container->setFactory(AdminTokenMiddleware::class, static fn ($c) => new AdminTokenMiddleware($c->get(JwtCodec::class), new ResponseFactory()));
$container->setFactory(Controller\FleetAdminController::class, static fn ($c) => new Controller\FleetAdminController(
    $c->get(Repository\BoatRepository::class),
    $c->get(Service\BoatPhotoStore::class),
));
$container->setFactory(Controller\ResultsAdminController::class, static fn ($c) => new Controller\ResultsAdminController(
    $c->get(Repository\RaceRepository::class),
    $c->get(Service\ExportWriter::class),
    $c->get(Service\PdfRenderer::class),
    $c->get(\League\Plates\Engine::class),
));
$container->setFactory(Controller\MaintenanceController::class, static fn ($c) => new Controller\MaintenanceController($c->get(Service\DatabaseMaintenance::class)));

AppFactory::setContainer($container);
$app = AppFactory::create();
$app->addBodyParsingMiddleware();
$app->addRoutingMiddleware();
$app->addErrorMiddleware((bool) getenv('TIDEMILL_DEBUG'), true, true);

(require 'src/Admin/routes.php')($app, $config);

$app->run();
