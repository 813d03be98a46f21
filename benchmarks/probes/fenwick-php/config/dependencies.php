<?php

declare(strict_types=1);

use DI\ContainerBuilder;
use Doctrine\DBAL\Connection;
use Doctrine\DBAL\DriverManager;
use Fenwick\Infrastructure\Http\CalendarFeedClient;
use Fenwick\Infrastructure\Http\ChannelManagerClient;
use Fenwick\Infrastructure\Http\PaymentGatewayClient;
use Fenwick\Infrastructure\Http\UrlPolicy;
use Fenwick\Infrastructure\Http\WebhookClient;
use Fenwick\Infrastructure\Media\ImageProcessor;
use Fenwick\Infrastructure\Media\InvoicePdfRenderer;
use Fenwick\Domain\Owner\WelcomeMessageRenderer;
use Fenwick\Infrastructure\Security\JwtService;
use Fenwick\Infrastructure\Security\PreferenceCodec;
use Fenwick\Infrastructure\Storage\GuideStorage;
use Fenwick\Infrastructure\Storage\OwnerDocumentStore;
use GuzzleHttp\Client;
use League\Plates\Engine as PlatesEngine;
use Psr\Container\ContainerInterface;
use Slim\Views\Twig;

return static function (ContainerBuilder $builder): void {
    $builder->addDefinitions([
        'settings' => require __DIR__ . '/settings.php',

        Connection::class => static function (ContainerInterface $c): Connection {
            return DriverManager::getConnection($c->get('settings')['db']);
        },

        PDO::class => static function (ContainerInterface $c): PDO {
            $db = $c->get('settings')['db'];
            $dsn = sprintf('mysql:host=%s;port=%d;dbname=%s;charset=%s', $db['host'], $db['port'], $db['dbname'], $db['charset']);

            return new PDO($dsn, $db['user'], $db['password'], [
                PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
                PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
                PDO::ATTR_EMULATE_PREPARES => false,
            ]);
        },

        Twig::class => static function (ContainerInterface $c): Twig {
            $cfg = $c->get('settings')['twig'];

            return Twig::create($cfg['paths'], ['cache' => $cfg['cache'], 'autoescape' => $cfg['autoescape']]);
        },

        PlatesEngine::class => static function (ContainerInterface $c): PlatesEngine {
            return new PlatesEngine($c->get('settings')['plates']['path'], 'php');
        },

        Client::class => static fn (): Client => new Client(['timeout' => 10, 'connect_timeout' => 3]),

        UrlPolicy::class => static function (ContainerInterface $c): UrlPolicy {
            return new UrlPolicy($c->get('settings')['channel_manager']['allowed_hosts']);
        },

        ChannelManagerClient::class => static function (ContainerInterface $c): ChannelManagerClient {
            $cfg = $c->get('settings')['channel_manager'];

            return new ChannelManagerClient($cfg['base_uri'], $cfg['api_key'], $c->get(UrlPolicy::class));
        },

        PaymentGatewayClient::class => static function (ContainerInterface $c): PaymentGatewayClient {
            $cfg = $c->get('settings')['payments'];

            return new PaymentGatewayClient($cfg['base_uri'], $cfg['merchant_id']);
        },

        WebhookClient::class => static function (ContainerInterface $c): WebhookClient {
            return new WebhookClient($c->get(Client::class), $c->get('settings')['webhooks']['allowed_prefix']);
        },

        CalendarFeedClient::class => static fn (ContainerInterface $c) => new CalendarFeedClient($c->get(Client::class)),

        GuideStorage::class => static fn (ContainerInterface $c) => new GuideStorage($c->get('settings')['storage']['guides']),

        OwnerDocumentStore::class => static fn (ContainerInterface $c) => new OwnerDocumentStore($c->get('settings')['storage']['owner_documents']),

        ImageProcessor::class => static function (ContainerInterface $c): ImageProcessor {
            $s = $c->get('settings');

            return new ImageProcessor($s['tools']['convert'], $s['storage']['photos']);
        },

        InvoicePdfRenderer::class => static function (ContainerInterface $c): InvoicePdfRenderer {
            $s = $c->get('settings');

            return new InvoicePdfRenderer($s['tools']['wkhtmltopdf'], $s['storage']['invoices'], $s['storage']['tmp']);
        },

        PreferenceCodec::class => static fn (): PreferenceCodec => new PreferenceCodec((string) getenv('FENWICK_COOKIE_KEY')),

        WelcomeMessageRenderer::class => static fn (ContainerInterface $c) => new WelcomeMessageRenderer($c->get(Twig::class)->getEnvironment()),

        JwtService::class => static function (ContainerInterface $c): JwtService {
            $jwt = $c->get('settings')['jwt'];

            return new JwtService((string) getenv('FENWICK_JWT_SECRET'), $jwt['issuer'], $jwt['audience'], $jwt['ttl']); // SAFE secret
        },
    ]);
};
