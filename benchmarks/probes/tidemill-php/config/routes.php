<?php

declare(strict_types=1);

use Mezzio\Application;
use Psr\Container\ContainerInterface;
use Tidemill\Handler;
use Tidemill\Middleware\AuthenticationMiddleware;
use Tidemill\Middleware\CorsMiddleware;

return static function (Application $app, ContainerInterface $container): void {
    $auth = AuthenticationMiddleware::class;

    // Public pages
    $app->get('/boats', Handler\BoatListHandler::class, 'boats.list');
    $app->get('/boats/{id:\d+}', Handler\BoatDetailHandler::class, 'boats.detail');
    $app->get('/results/{series:\d+}', Handler\RaceResultsHandler::class, 'results.series');
    $app->get('/documents', Handler\DocumentHandler::class, 'documents.index');
    $app->get('/documents/{kind:download}', Handler\DocumentHandler::class, 'documents.download');
    $app->route('/login', Handler\LoginHandler::class, ['GET', 'POST'], 'login');
    $app->post('/{action:guest-pass}', Handler\LoginHandler::class, 'guest.pass');
    $app->get('/logout', Handler\LogoutHandler::class, 'logout');
    $app->route('/hire/basket', Handler\HireBasketHandler::class, ['GET', 'POST'], 'hire.basket');
    $app->post('/newsletter/{mode:archive}', Handler\NewsletterHandler::class, 'newsletter.archive');

    // Members
    $app->get('/documents/{kind:minutes}', [$auth, Handler\DocumentHandler::class], 'documents.minutes');
    $app->get('/members/{id:\d+}', [$auth, Handler\MemberProfileHandler::class], 'members.profile');
    $app->route('/account/profile', [$auth, Handler\MemberProfileHandler::class], ['GET', 'POST'], 'account.profile');
    $app->post('/account/{action:kiosk-pin}', [$auth, Handler\MemberProfileHandler::class], 'account.kiosk_pin');
    $app->get('/crew', [$auth, Handler\CrewFinderHandler::class], 'crew.finder');
    $app->get('/hire/{action:available|mine|paid}', [$auth, Handler\HireHandler::class], 'hire.read');
    $app->post('/hire/{action:book|return}', [$auth, Handler\HireHandler::class], 'hire.write');
    $app->post('/results/import/{kind:sailwave|bundle|gallery|remote|roster}', [$auth, Handler\ResultsImportHandler::class], 'results.import');
    $app->post('/newsletter/{mode:preview}', [$auth, Handler\NewsletterHandler::class], 'newsletter.preview');

    // JSON API for the member app
    $app->get('/api/weather', [CorsMiddleware::class, Handler\WeatherHandler::class], 'api.weather');
    $app->get('/api/weather/live', [
        CorsMiddleware::class,
        static fn ($request, $handler) => $handler->handle($request->withAttribute('live', true)),
        Handler\WeatherHandler::class,
    ], 'api.weather.live');
    $app->get('/api/hire/{action:available|mine}', [CorsMiddleware::class, $auth, Handler\HireHandler::class], 'api.hire.read');
    $app->post('/api/hire/{action:book|return}', [CorsMiddleware::class, $auth, Handler\HireHandler::class], 'api.hire.write');
    $app->get('/api/crew', [CorsMiddleware::class, $auth, Handler\CrewFinderHandler::class], 'api.crew');
};
