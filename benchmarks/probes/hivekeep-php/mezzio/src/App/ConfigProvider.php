<?php

declare(strict_types=1);

namespace App;

use Doctrine\DBAL\Connection;
use Doctrine\DBAL\DriverManager;
use Laminas\Escaper\Escaper;
use Psr\Container\ContainerInterface;

class ConfigProvider
{
    public function __invoke(): array
    {
        return [
            'dependencies' => $this->getDependencies(),
        ];
    }

    public function getDependencies(): array
    {
        return [
            'invokables' => [
                Escaper::class => Escaper::class,
            ],
            'factories' => [
                Connection::class => static function (ContainerInterface $c): Connection {
                    return DriverManager::getConnection($c->get('config')['hivekeep']['db']);
                },
                Repository\ApiaryRepository::class => static fn (ContainerInterface $c) => new Repository\ApiaryRepository($c->get(Connection::class)),
                Service\MapTileClient::class => static fn (ContainerInterface $c) => new Service\MapTileClient($c->get('config')['hivekeep']['tiles']),
                Service\TrackConverter::class => static fn (ContainerInterface $c) => new Service\TrackConverter($c->get('config')['hivekeep']['tracks']['output']),
                Service\TrackSpool::class => static fn (ContainerInterface $c) => new Service\TrackSpool($c->get('config')['hivekeep']['tracks']['spool']),
                Service\PageRenderer::class => static fn (ContainerInterface $c) => new Service\PageRenderer($c->get(Escaper::class)),
                Service\TokenVerifier::class => static fn (ContainerInterface $c) => new Service\TokenVerifier($c->get('config')['hivekeep']['sso']['issuer']),
                Middleware\CorsMiddleware::class => static fn (ContainerInterface $c) => new Middleware\CorsMiddleware($c->get('config')['hivekeep']['cors']['allowed_origins']),
                Middleware\BearerAuthMiddleware::class => static fn () => new Middleware\BearerAuthMiddleware(),
                Handler\ApiaryLookupHandler::class => static fn (ContainerInterface $c) => new Handler\ApiaryLookupHandler($c->get(Repository\ApiaryRepository::class)),
                Handler\ApiaryPageHandler::class => static fn (ContainerInterface $c) => new Handler\ApiaryPageHandler($c->get(Repository\ApiaryRepository::class), $c->get(Service\PageRenderer::class), new Service\ShareLinkService()),
                Handler\ForageTileHandler::class => static fn (ContainerInterface $c) => new Handler\ForageTileHandler($c->get(Service\MapTileClient::class)),
                Handler\SwarmFeedImportHandler::class => static fn (ContainerInterface $c) => new Handler\SwarmFeedImportHandler(new Service\FeedParser(), $c->get(Repository\ApiaryRepository::class)),
                Handler\TrackUploadHandler::class => static fn (ContainerInterface $c) => new Handler\TrackUploadHandler($c->get(Service\TrackConverter::class), $c->get(Service\TrackSpool::class)),
                Handler\SsoCallbackHandler::class => static fn (ContainerInterface $c) => new Handler\SsoCallbackHandler($c->get(Service\TokenVerifier::class), new Service\RedirectPolicy()),
            ],
        ];
    }
}
