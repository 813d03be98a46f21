<?php

use DI\Container;
use Kerbside\Legacy\Config\Database;
use Kerbside\Legacy\Handlers\{CartHandler, DamageLogHandler, DepositHandler, FeedHandler, PricingHandler, StaffHandler};
use Kerbside\Legacy\Middleware\{CorsMiddleware, PartnerAuthMiddleware};
use Kerbside\Legacy\Repository\DamageLogStore;
use Kerbside\Legacy\Service\{ArchiveImporter, BranchDirectory, FeedImporter, SessionCodec};
use MongoDB\Client as MongoClient;
use Slim\Factory\AppFactory;
use Slim\Routing\RouteCollectorProxy;

require __DIR__ . '/../vendor/autoload.php';

$env = static fn (string $name, string $default = ''): string => (string) (getenv($name) ?: $default);

$container = new Container();
$container->set(PDO::class, static fn () => Database::connect());
$container->set(DamageLogStore::class, static fn () => new DamageLogStore((new MongoClient($env('KR_MONGO_URI', 'mongodb://127.0.0.1:27017')))->selectCollection('kerbside', 'damage_log')));
$container->set(SessionCodec::class, static fn () => new SessionCodec($env('KR_COOKIE_KEY')));
$container->set(PartnerAuthMiddleware::class, static fn () => new PartnerAuthMiddleware($env('KR_PARTNER_JWT_SECRET'), (string) file_get_contents($env('KR_DEVICE_PUBKEY_PATH', '/etc/kerbside/device-signing.pub'))));
$container->set(FeedImporter::class, static fn () => new FeedImporter($env('KR_BRANCH_DIRECTORY_XML', '/srv/kerbside/branch-directory.xml')));
$container->set(BranchDirectory::class, static fn () => BranchDirectory::connect($env('KR_LDAP_URI', 'ldaps://ldap.kerbside.internal'), 'ou=staff,dc=kerbside,dc=internal'));
$container->set(ArchiveImporter::class, static fn () => new ArchiveImporter($env('KR_DAMAGE_PHOTO_DIR', '/srv/kerbside/damage')));

AppFactory::setContainer($container);
$app = AppFactory::create();
$app->addBodyParsingMiddleware();
$app->addRoutingMiddleware();
$app->add(new CorsMiddleware(['https://partners.kerbside-rentals.com', 'https://ops.kerbside-rentals.com']));
$app->addErrorMiddleware($env('KR_DEBUG') === '1', true, true);

$app->get('/v1/cart', [CartHandler::class, 'show']);

$app->group('/v1', function (RouteCollectorProxy $group) {
    $group->get('/deposits', [DepositHandler::class, 'list']);
    $group->post('/deposits/{ref}/release-code', [DepositHandler::class, 'releaseCode']);
    $group->post('/damage-log/search', [DamageLogHandler::class, 'search']);
    $group->get('/damage-log/history', [DamageLogHandler::class, 'history']);
    $group->get('/damage-log/high-mileage', [DamageLogHandler::class, 'highMileage']);
    $group->post('/damage-log/photos', [DamageLogHandler::class, 'importPhotos']);
    $group->post('/pricing/quote', [PricingHandler::class, 'quote']);
    $group->post('/feeds/branches', [FeedHandler::class, 'import']);
    $group->get('/feeds/branches/lookup', [FeedHandler::class, 'lookup']);
    $group->get('/feeds/branches/contacts', [FeedHandler::class, 'contacts']);
    $group->get('/staff', [StaffHandler::class, 'search']);
    $group->post('/kiosk/token', [StaffHandler::class, 'kioskToken']);
})->add(PartnerAuthMiddleware::class);

$app->run();
