<?php

declare(strict_types=1);

use Fenwick\Slim\Action\DownloadGuideAction;
use Fenwick\Slim\Action\GuestInvoiceAction;
use Fenwick\Slim\Action\GuestPortalAction;
use Fenwick\Slim\Action\LoginAction;
use Fenwick\Slim\Action\LogoutAction;
use Fenwick\Slim\Action\SearchCottagesAction;
use Fenwick\Slim\Action\ShowCottageAction;
use Fenwick\Slim\Action\TestWebhookAction;
use Fenwick\Slim\Middleware\PreferencesMiddleware;
use Slim\App;
use Slim\Routing\RouteCollectorProxy;

return static function (App $app): void {
    $app->get('/cottages', SearchCottagesAction::class)->setName('cottages.search');
    $app->get('/cottages/{slug:[a-z0-9-]+}', ShowCottageAction::class)->setName('cottages.show');
    $app->get('/guides/{cottageId:[0-9]+}', DownloadGuideAction::class)->setName('guides.download');

    $app->map(['GET', 'POST'], '/login', LoginAction::class)->setName('login');
    $app->get('/logout', LogoutAction::class)->setName('logout');

    $app->group('/my-stay', function (RouteCollectorProxy $group): void {
        $group->get('', GuestPortalAction::class)->setName('guest.portal');
        $group->get('/invoice/{reference}', GuestInvoiceAction::class)->setName('guest.invoice');
    })->add(PreferencesMiddleware::class);

    $app->post('/integrations/webhooks/test', TestWebhookAction::class)->setName('webhooks.test');
};
