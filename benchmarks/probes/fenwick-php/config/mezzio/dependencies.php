<?php

declare(strict_types=1);

use Doctrine\DBAL\Connection;
use Fenwick\Domain\Booking\ChannelImportService;
use Fenwick\Domain\Owner\WelcomeMessageRenderer;
use Fenwick\Domain\Pricing\PricingRuleEvaluator;
use Fenwick\Infrastructure\Http\CalendarFeedClient;
use Fenwick\Infrastructure\Http\ChannelManagerClient;
use Fenwick\Infrastructure\Http\PaymentGatewayClient;
use Fenwick\Infrastructure\Http\UrlPolicy;
use Fenwick\Infrastructure\Security\JwtService;
use Fenwick\Infrastructure\Storage\OwnerDocumentStore;
use GuzzleHttp\Client;
use Fenwick\Infrastructure\Security\RedirectGuard;
use Fenwick\Infrastructure\Storage\FloorplanPackExtractor;
use Fenwick\Infrastructure\Storage\PhotoArchiveImporter;
use Fenwick\Infrastructure\Xml\ChannelMapping;
use Fenwick\Mezzio\Handler\ChannelFeedHandler;
use Fenwick\Mezzio\Handler\OwnerPhotoUploadHandler;
use Fenwick\Mezzio\Handler\PaymentReturnHandler;
use Fenwick\Mezzio\Middleware\PartnerCorsMiddleware;
use Mezzio\Template\TemplateRendererInterface;
use Psr\Container\ContainerInterface;
use Symfony\Component\Messenger\MessageBusInterface;

/**
 * laminas-servicemanager configuration for the owner API / channel endpoints.
 * Plain classes are resolved by the ReflectionBasedAbstractFactory; anything
 * needing configuration values is listed here.
 */
return [
    'dependencies' => [
        'invokables' => [
            PricingRuleEvaluator::class => PricingRuleEvaluator::class,
            RedirectGuard::class => RedirectGuard::class,
        ],
        'factories' => [
            Client::class => static fn () => new Client(['timeout' => 10, 'connect_timeout' => 3]),
            CalendarFeedClient::class => static fn (ContainerInterface $c) => new CalendarFeedClient($c->get(Client::class)),
            UrlPolicy::class => static fn (ContainerInterface $c) => new UrlPolicy($c->get('config')['fenwick']['channel_manager']['allowed_hosts']),
            ChannelManagerClient::class => static function (ContainerInterface $c): ChannelManagerClient {
                $cfg = $c->get('config')['fenwick']['channel_manager'];

                return new ChannelManagerClient($cfg['base_uri'], $cfg['api_key'], $c->get(UrlPolicy::class));
            },
            PaymentGatewayClient::class => static function (ContainerInterface $c): PaymentGatewayClient {
                $cfg = $c->get('config')['fenwick']['payments'];

                return new PaymentGatewayClient($cfg['base_uri'], $cfg['merchant_id']);
            },
            JwtService::class => static function (ContainerInterface $c): JwtService {
                $jwt = $c->get('config')['fenwick']['jwt'];

                return new JwtService((string) getenv('FENWICK_JWT_SECRET'), $jwt['issuer'], $jwt['audience'], $jwt['ttl']);
            },
            OwnerDocumentStore::class => static fn (ContainerInterface $c) => new OwnerDocumentStore($c->get('config')['fenwick']['storage']['owner_documents']),
            PhotoArchiveImporter::class => static fn (ContainerInterface $c) => new PhotoArchiveImporter($c->get('config')['fenwick']['storage']['photos']),
            FloorplanPackExtractor::class => static fn (ContainerInterface $c) => new FloorplanPackExtractor($c->get('config')['fenwick']['storage']['floorplans']),
            ChannelMapping::class => static fn () => new ChannelMapping(__DIR__ . '/../channel-mapping.xml'),

            OwnerPhotoUploadHandler::class => static fn (ContainerInterface $c) => new OwnerPhotoUploadHandler(
                $c->get(PhotoArchiveImporter::class),
                $c->get(FloorplanPackExtractor::class),
                $c->get(MessageBusInterface::class),
                $c->get('config')['fenwick']['storage']['tmp'],
            ),

            ChannelFeedHandler::class => static fn (ContainerInterface $c) => new ChannelFeedHandler(
                $c->get(ChannelImportService::class),
                $c->get(ChannelManagerClient::class),
                (string) getenv('FENWICK_CHANNEL_PARTNER_KEY'),
            ),

            PaymentReturnHandler::class => static fn (ContainerInterface $c) => new PaymentReturnHandler(
                $c->get(PaymentGatewayClient::class),
                $c->get(RedirectGuard::class),
                $c->get(TemplateRendererInterface::class),
            ),

            PartnerCorsMiddleware::class => static fn (ContainerInterface $c) => new PartnerCorsMiddleware(
                $c->get('config')['fenwick']['cors']['partner_origins'],
            ),

            ChannelImportService::class => static fn (ContainerInterface $c) => new ChannelImportService(
                $c->get(\Fenwick\Infrastructure\Xml\ChannelFeedParser::class),
                $c->get(\Fenwick\Infrastructure\Xml\AvailabilityXmlReader::class),
                $c->get(ChannelMapping::class),
                $c->get(\Fenwick\Infrastructure\Persistence\BookingRepository::class),
                $c->get(\Fenwick\Infrastructure\Security\AccessCodeGenerator::class),
                $c->get(\Psr\Log\LoggerInterface::class),
                ['fenchannel' => (string) getenv('FENWICK_FENCHANNEL_FEED_KEY')],
            ),

            WelcomeMessageRenderer::class => static fn (ContainerInterface $c) => new WelcomeMessageRenderer($c->get(\Twig\Environment::class)),

            Connection::class => static fn (ContainerInterface $c) => \Doctrine\DBAL\DriverManager::getConnection($c->get('config')['fenwick']['db']),
        ],
    ],
    'templates' => [
        'paths' => [
            'app' => [__DIR__ . '/../../templates/twig/app'],
        ],
    ],
    'fenwick' => require __DIR__ . '/../settings.php',
];
