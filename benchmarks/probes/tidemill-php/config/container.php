<?php

declare(strict_types=1);

use Laminas\ServiceManager\ServiceManager;
use League\Plates\Engine;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;
use Psr\Log\NullLogger;
use Symfony\Component\Messenger\Bridge\Doctrine\Transport\DoctrineTransportFactory;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\MessageBusInterface;
use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;
use Symfony\Component\Messenger\Middleware\SendMessageMiddleware;
use Symfony\Component\Messenger\Transport\Sender\SendersLocator;
use Symfony\Component\Messenger\Transport\Serialization\PhpSerializer;
use Symfony\Component\Messenger\Transport\TransportInterface;
use Tidemill\Handler;
use Tidemill\Infrastructure\Database;
use Tidemill\Infrastructure\HttpClients;
use Tidemill\Infrastructure\ViewFactory;
use Tidemill\Message;
use Tidemill\MessageHandler;
use Tidemill\Middleware;
use Tidemill\Repository;
use Tidemill\Security;
use Tidemill\Service;
use Twig\Environment;

$config = require __DIR__ . '/config.php';
$root = dirname(__DIR__);

$factories = [
    'config' => static fn () => $config,
    Database::class => static fn () => new Database($config['db']),
    HttpClients::class => static fn () => new HttpClients($config),
    Environment::class => static fn () => ViewFactory::twig($root, (bool) getenv('TIDEMILL_DEBUG')),
    Engine::class => static fn () => ViewFactory::plates($root),
    LoggerInterface::class => static fn () => new NullLogger(),

    Security\JwtCodec::class => static fn () => new Security\JwtCodec($config['auth']['jwt_key'], $config['auth']['issuer'], $config['auth']['ttl']),
    Security\PasswordHasher::class => static fn () => new Security\PasswordHasher(),
    Security\TokenGenerator::class => static fn () => new Security\TokenGenerator(),
    Security\UrlPolicy::class => static fn () => new Security\UrlPolicy($config['weather']['base_url'], $config['results']['allowed_hosts'], $config['webhooks']['allowed_hosts']),

    Repository\BoatRepository::class => static fn (ContainerInterface $c) => new Repository\BoatRepository($c->get(Database::class)->dbal()),
    Repository\HireRepository::class => static fn (ContainerInterface $c) => new Repository\HireRepository($c->get(Database::class)->dbal()),
    Repository\MemberRepository::class => static fn (ContainerInterface $c) => new Repository\MemberRepository($c->get(Database::class)->pdo()),
    Repository\RaceRepository::class => static fn (ContainerInterface $c) => new Repository\RaceRepository($c->get(Database::class)->pdo()),

    Service\ClubDirectory::class => static fn () => new Service\ClubDirectory($config['ldap']),
    Service\MembershipService::class => static fn (ContainerInterface $c) => new Service\MembershipService(
        $c->get(Repository\MemberRepository::class),
        $c->get(Security\PasswordHasher::class),
        $c->get(Security\TokenGenerator::class),
        $c->get(Service\ClubDirectory::class),
    ),
    Service\HireService::class => static fn (ContainerInterface $c) => new Service\HireService(
        $c->get(Repository\BoatRepository::class),
        $c->get(Repository\HireRepository::class),
        $c->get(Security\TokenGenerator::class),
        $c->get(MessageBusInterface::class),
    ),
    Service\HandicapCalculator::class => static fn () => new Service\HandicapCalculator(),
    Service\ResultsXmlImporter::class => static fn () => new Service\ResultsXmlImporter(),
    Service\ArchiveExtractor::class => static fn () => new Service\ArchiveExtractor(),
    Service\ResultsImportService::class => static fn (ContainerInterface $c) => new Service\ResultsImportService(
        $c->get(Service\ResultsXmlImporter::class),
        $c->get(Service\ArchiveExtractor::class),
        $c->get(Repository\RaceRepository::class),
        $c->get(Database::class)->pdo(),
        $config['storage']['results'],
        $config['storage']['galleries'],
    ),
    Service\DocumentStore::class => static fn () => new Service\DocumentStore($config['storage']['documents'], $config['storage']['minutes']),
    Service\BoatPhotoStore::class => static fn () => new Service\BoatPhotoStore($config['storage']['photos']),
    Service\ExportWriter::class => static fn () => new Service\ExportWriter($config['storage']['exports']),
    Service\PdfRenderer::class => static fn () => new Service\PdfRenderer($config['pdf']['binary'], $config['pdf']['tmp'], $config['storage']['invoices']),
    Service\DatabaseMaintenance::class => static fn () => new Service\DatabaseMaintenance($config['db'], $root . '/var/backups', $config['storage']['logs']),
    Service\WeatherClient::class => static fn (ContainerInterface $c) => new Service\WeatherClient(
        $c->get(HttpClients::class)->general(),
        $c->get(HttpClients::class)->tideGauge(),
        $c->get(Security\UrlPolicy::class),
        $config['weather'],
        $config['tide_gauge']['url'],
    ),
    Service\WebhookNotifier::class => static fn (ContainerInterface $c) => new Service\WebhookNotifier(
        $c->get(HttpClients::class)->general(),
        $c->get(Security\UrlPolicy::class),
        $c->get(LoggerInterface::class),
    ),
    Service\NewsletterComposer::class => static fn (ContainerInterface $c) => new Service\NewsletterComposer($c->get(Environment::class)),

    Middleware\CorsMiddleware::class => static fn () => new Middleware\CorsMiddleware(),
    Middleware\AuthenticationMiddleware::class => static fn (ContainerInterface $c) => new Middleware\AuthenticationMiddleware(
        $c->get(Security\JwtCodec::class),
        $c->get(Repository\MemberRepository::class),
    ),

    Handler\BoatListHandler::class => static fn (ContainerInterface $c) => new Handler\BoatListHandler($c->get(Repository\BoatRepository::class), $c->get(Environment::class)),
    Handler\BoatDetailHandler::class => static fn (ContainerInterface $c) => new Handler\BoatDetailHandler($c->get(Repository\BoatRepository::class), $c->get(Service\WeatherClient::class), $c->get(Environment::class)),
    Handler\HireHandler::class => static fn (ContainerInterface $c) => new Handler\HireHandler($c->get(Service\HireService::class), $c->get(Environment::class)),
    Handler\HireBasketHandler::class => static fn (ContainerInterface $c) => new Handler\HireBasketHandler($c->get(Repository\BoatRepository::class), $config['auth']['basket_key']),
    Handler\MemberProfileHandler::class => static fn (ContainerInterface $c) => new Handler\MemberProfileHandler(
        $c->get(Service\MembershipService::class),
        $c->get(Repository\MemberRepository::class),
        $c->get(Repository\BoatRepository::class),
        $c->get(Environment::class),
    ),
    Handler\CrewFinderHandler::class => static fn (ContainerInterface $c) => new Handler\CrewFinderHandler($c->get(Service\MembershipService::class)),
    Handler\LoginHandler::class => static fn (ContainerInterface $c) => new Handler\LoginHandler(
        $c->get(Service\MembershipService::class),
        $c->get(Security\JwtCodec::class),
        $c->get(Engine::class),
        $config['auth']['ttl'],
    ),
    Handler\LogoutHandler::class => static fn () => new Handler\LogoutHandler(),
    Handler\RaceResultsHandler::class => static fn (ContainerInterface $c) => new Handler\RaceResultsHandler(
        $c->get(Repository\RaceRepository::class),
        $c->get(Service\HandicapCalculator::class),
        $c->get(Engine::class),
    ),
    Handler\ResultsImportHandler::class => static fn (ContainerInterface $c) => new Handler\ResultsImportHandler($c->get(Service\ResultsImportService::class), $c->get(MessageBusInterface::class)),
    Handler\DocumentHandler::class => static fn (ContainerInterface $c) => new Handler\DocumentHandler($c->get(Service\DocumentStore::class)),
    Handler\WeatherHandler::class => static fn (ContainerInterface $c) => new Handler\WeatherHandler($c->get(Service\WeatherClient::class)),
    Handler\NewsletterHandler::class => static fn (ContainerInterface $c) => new Handler\NewsletterHandler($c->get(Service\NewsletterComposer::class)),
];

/*
 * Messages are stored in the messenger_messages table and consumed by
 * bin/worker.php (supervised by systemd on the club server).
 */
$factories += [
    'messenger.transport.async' => static fn (ContainerInterface $c): TransportInterface => (new DoctrineTransportFactory())->createTransport(
        'doctrine://default?queue_name=tidemill',
        ['connection' => $c->get(Database::class)->dbal()],
        new PhpSerializer()
    ),

    MessageHandler\GenerateHireInvoiceHandler::class => static fn (ContainerInterface $c) => new MessageHandler\GenerateHireInvoiceHandler(
        $c->get(Repository\HireRepository::class),
        $c->get(Service\PdfRenderer::class),
        $c->get(Environment::class),
        $c->get(LoggerInterface::class),
    ),
    MessageHandler\NotifyHireWebhookHandler::class => static fn (ContainerInterface $c) => new MessageHandler\NotifyHireWebhookHandler(
        $c->get(Repository\MemberRepository::class),
        $c->get(Repository\HireRepository::class),
        $c->get(Repository\BoatRepository::class),
        $c->get(Service\WebhookNotifier::class),
    ),
    MessageHandler\FetchRemoteResultsHandler::class => static fn (ContainerInterface $c) => new MessageHandler\FetchRemoteResultsHandler(
        $c->get(HttpClients::class)->resultsMirror(),
        $c->get(Security\UrlPolicy::class),
        $c->get(Service\ResultsImportService::class),
        $c->get(Service\WebhookNotifier::class),
        $c->get(LoggerInterface::class),
    ),

    /* Bus used by the web app: every message goes to the async transport. */
    MessageBusInterface::class => static fn (ContainerInterface $c) => new MessageBus([
        new SendMessageMiddleware(new SendersLocator(['*' => ['async']], $c->get('messenger.senders'))),
    ]),
    'messenger.senders' => static fn (ContainerInterface $c) => new class ($c) implements ContainerInterface {
        public function __construct(private readonly ContainerInterface $c)
        {
        }

        public function get(string $id): mixed
        {
            return $this->c->get('messenger.transport.' . $id);
        }

        public function has(string $id): bool
        {
            return $id === 'async';
        }
    },

    /* Bus used by the worker: handles messages received from the transport. */
    'messenger.worker_bus' => static fn (ContainerInterface $c) => new MessageBus([
        new HandleMessageMiddleware(new HandlersLocator([
            Message\GenerateHireInvoice::class => [$c->get(MessageHandler\GenerateHireInvoiceHandler::class)],
            Message\NotifyHireWebhook::class => [$c->get(MessageHandler\NotifyHireWebhookHandler::class)],
            Message\FetchRemoteResults::class => [$c->get(MessageHandler\FetchRemoteResultsHandler::class)],
        ])),
    ]),
];

return new ServiceManager(['factories' => $factories]);
