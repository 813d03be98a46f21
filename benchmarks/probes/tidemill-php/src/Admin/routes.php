<?php

declare(strict_types=1);

use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Slim\App;
use Slim\Routing\RouteCollectorProxy;
use Tidemill\Admin\Controller\FleetAdminController;
use Tidemill\Admin\Controller\MaintenanceController;
use Tidemill\Admin\Controller\ResultsAdminController;
use Tidemill\Middleware\AdminTokenMiddleware;

/**
 * Committee admin console (admin.tidemill-sc.org.uk), a Slim 4 app that
 * shares the container with the member portal.
 */
return static function (App $app, array $config): void {
    $allowedOrigins = $config['cors']['allowed_origins'];

    $app->add(static function (ServerRequestInterface $request, RequestHandlerInterface $handler) use ($allowedOrigins): ResponseInterface {
        $response = $handler->handle($request);
        $origin = $request->getHeaderLine('Origin');
        if ($origin === '' || !in_array($origin, $allowedOrigins, true)) {
            return $response;
        }

        return $response
            ->withHeader('Access-Control-Allow-Origin', $origin) // SAFE cors
            ->withHeader('Access-Control-Allow-Credentials', 'true')
            ->withHeader('Vary', 'Origin');
    });

    $app->group('/admin', static function (RouteCollectorProxy $group): void {
        $group->post('/boats', [FleetAdminController::class, 'create']);
        $group->patch('/boats/{id:[0-9]+}', [FleetAdminController::class, 'update']);
        $group->delete('/boats/{id:[0-9]+}', [FleetAdminController::class, 'retire']);

        $group->put('/series/{id:[0-9]+}/formula', [ResultsAdminController::class, 'updateFormula']);
        $group->post('/series/{id:[0-9]+}/export', [ResultsAdminController::class, 'export']);
        $group->get('/series/{id:[0-9]+}/race-sheet', [ResultsAdminController::class, 'raceSheet']);

        $group->post('/maintenance/backup', [MaintenanceController::class, 'backup']);
        $group->get('/maintenance/logs', [MaintenanceController::class, 'logs']);
    })->add(AdminTokenMiddleware::class);

    $app->get('/healthz', static function (ServerRequestInterface $request, ResponseInterface $response): ResponseInterface {
        $response->getBody()->write('ok');

        return $response->withHeader('Content-Type', 'text/plain');
    });
};
