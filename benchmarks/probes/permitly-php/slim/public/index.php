<?php

declare(strict_types=1);

use DI\ContainerBuilder;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;
use Permitly\Routes\Action\InspectorRouteAction;
use Permitly\Routes\Action\ZoningLookupAction;
use Permitly\Routes\Middleware\BearerTokenMiddleware;
use Permitly\Routes\Repository\InspectionRouteRepository;
use Permitly\Routes\Security\TokenInspector;
use Permitly\Routes\Service\GeoClient;
use Permitly\Routes\Xml\ZoningXmlParser;
use Psr\Container\ContainerInterface;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Psr\Log\LoggerInterface;
use Slim\Factory\AppFactory;
use Slim\Routing\RouteCollectorProxy;

require __DIR__ . '/../vendor/autoload.php';

$settings = [
    'db' => [
        'dsn' => getenv('ROUTES_DB_DSN') ?: 'mysql:host=db.internal.permitly.gov;dbname=permitly;charset=utf8mb4',
        'user' => 'routes_svc',
    ],
    'zoning' => [
        'bulletin_path' => getenv('ZONING_BULLETIN_PATH') ?: '/var/lib/permitly/zoning-bulletin.xml',
    ],
    'geo' => [
        'base_uri' => getenv('GEO_BASE_URI') ?: 'https://geo.internal.permitly.gov/api/',
    ],
    'cors' => [
        'origins' => ['https://inspect.permitly.gov', 'https://wallboard.permitly.gov'],
    ],
];

$builder = new ContainerBuilder();
$builder->addDefinitions([
    'settings' => $settings,

    LoggerInterface::class => static function (): LoggerInterface {
        $logger = new Logger('routes');
        $logger->pushHandler(new StreamHandler('php://stderr', Logger::INFO));
        return $logger;
    },

    PDO::class => static function (ContainerInterface $c): PDO {
        $db = $c->get('settings')['db'];
        $pdo = new PDO($db['dsn'], $db['user'], 'R0ut3s!svc#2023', [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]); // VULN secret
        $pdo->setAttribute(PDO::ATTR_DEFAULT_FETCH_MODE, PDO::FETCH_ASSOC);
        $pdo->setAttribute(PDO::ATTR_EMULATE_PREPARES, false);
        return $pdo;
    },

    InspectionRouteRepository::class => static fn (ContainerInterface $c) => new InspectionRouteRepository($c->get(PDO::class)),
    GeoClient::class => static fn (ContainerInterface $c) => new GeoClient($c->get('settings')['geo']['base_uri'], $c->get(LoggerInterface::class)),
    ZoningXmlParser::class => static fn () => new ZoningXmlParser(),
    ZoningLookupAction::class => static fn (ContainerInterface $c) => new ZoningLookupAction($c->get(ZoningXmlParser::class), $c->get(GeoClient::class), $c->get('settings')['zoning']['bulletin_path']),
    TokenInspector::class => static fn () => new TokenInspector(),
]);

AppFactory::setContainer($builder->build());
$app = AppFactory::create();
$app->addBodyParsingMiddleware();
$app->addRoutingMiddleware();

$allowedOrigins = $settings['cors']['origins'];
$app->add(static function (ServerRequestInterface $request, RequestHandlerInterface $handler) use ($allowedOrigins, $app): ResponseInterface {
    $origin = $request->getHeaderLine('Origin');
    $response = $request->getMethod() === 'OPTIONS'
        ? $app->getResponseFactory()->createResponse(204)
        : $handler->handle($request);

    if ($origin === '' || !in_array($origin, $allowedOrigins, true)) {
        return $response;
    }

    return $response
        ->withHeader('Access-Control-Allow-Origin', $origin) // SAFE cors
        ->withHeader('Access-Control-Allow-Credentials', 'true')
        ->withHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type')
        ->withHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS')
        ->withAddedHeader('Vary', 'Origin');
});

$app->group('/v1', function (RouteCollectorProxy $group) {
    $group->get('/inspectors/{id:[0-9]+}/route', InspectorRouteAction::class . ':route');
    $group->get('/districts/stops', InspectorRouteAction::class . ':districtStops');
    $group->get('/map/tile', InspectorRouteAction::class . ':tile');
    $group->post('/zoning/bulletin', ZoningLookupAction::class . ':upload');
    $group->get('/zoning/lookup', ZoningLookupAction::class . ':lookup');
})->add(BearerTokenMiddleware::class);

$app->get('/health', static function (ServerRequestInterface $request, ResponseInterface $response): ResponseInterface {
    $response->getBody()->write('{"status":"ok"}');
    return $response->withHeader('Content-Type', 'application/json');
});

$app->addErrorMiddleware(getenv('APP_DEBUG') === '1', true, true);
$app->run();
