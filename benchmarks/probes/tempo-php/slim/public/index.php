<?php

use DI\ContainerBuilder;
use Slim\Factory\AppFactory;
use Slim\Routing\RouteCollectorProxy;
use Tempo\Api\Action;
use Tempo\Api\Middleware\CorsMiddleware;
use Tempo\Api\Middleware\JwtMiddleware;

require __DIR__ . '/../vendor/autoload.php';

$container = (new ContainerBuilder())->addDefinitions(require __DIR__ . '/../src/dependencies.php')->build();
AppFactory::setContainer($container);
$app = AppFactory::create();

$app->addBodyParsingMiddleware();
$app->addRoutingMiddleware();
$app->add(CorsMiddleware::class);
$app->addErrorMiddleware((bool) getenv('TEMPO_DEBUG'), true, true);

$app->get('/api/preferences', Action\PreferencesAction::class);
$app->group('/api', function (RouteCollectorProxy $api) {
    $api->post('/rentals/lookup', [Action\RentalAction::class, 'lookup']);
    $api->get('/rentals/overdue', [Action\RentalAction::class, 'overdue']);
    $api->get('/rooms/{room}/bookings', Action\RoomBookingsAction::class);
    $api->get('/practice/{student}/{name}', [Action\PracticeLogAction::class, 'show']);
    $api->post('/practice/{student}', [Action\PracticeLogAction::class, 'upload']);
    $api->post('/practice/{student}/bundle', [Action\PracticeLogAction::class, 'uploadBundle']);
    $api->post('/webhooks', Action\WebhookAction::class);
    $api->get('/certificates/{template}', Action\CertificateAction::class);
})->add(JwtMiddleware::class);

$app->run();
