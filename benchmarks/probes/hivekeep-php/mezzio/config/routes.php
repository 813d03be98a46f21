<?php

declare(strict_types=1);

use App\Handler;
use Mezzio\Application;
use Mezzio\MiddlewareFactory;
use Psr\Container\ContainerInterface;

return static function (Application $app, MiddlewareFactory $factory, ContainerInterface $container): void {
    $app->get('/map/apiaries', Handler\ApiaryLookupHandler::class, 'map.apiaries');
    $app->get('/map/near', Handler\ApiaryPageHandler::class, 'map.near');
    $app->get('/map/tiles/{layer}/{z:\d+}/{x:\d+}/{y:\d+}.png', Handler\ForageTileHandler::class, 'map.tile');
    $app->get('/map/overlay', Handler\ForageTileHandler::class, 'map.overlay');
    $app->post('/feeds/swarm-alerts', Handler\SwarmFeedImportHandler::class, 'feeds.swarm');
    $app->post('/tracks', Handler\TrackUploadHandler::class, 'tracks.upload');
    $app->delete('/tracks/spool', Handler\TrackUploadHandler::class, 'tracks.discard');
    $app->route('/sso/callback', Handler\SsoCallbackHandler::class, ['GET', 'POST'], 'sso.callback');
};
