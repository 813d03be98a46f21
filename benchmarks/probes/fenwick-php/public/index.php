<?php

declare(strict_types=1);

use DI\ContainerBuilder;
use Slim\Factory\AppFactory;
use Slim\Views\Twig;
use Slim\Views\TwigMiddleware;

require __DIR__ . '/../vendor/autoload.php';

$builder = new ContainerBuilder();
(require __DIR__ . '/../config/dependencies.php')($builder);
$container = $builder->build();

AppFactory::setContainer($container);
$app = AppFactory::create();

$app->addRoutingMiddleware();
$app->addBodyParsingMiddleware();
$app->add(TwigMiddleware::create($app, $container->get(Twig::class)));
$app->addErrorMiddleware((bool) getenv('FENWICK_DEBUG'), true, true);

(require __DIR__ . '/../config/routes.php')($app);

$app->run();
