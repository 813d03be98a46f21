<?php

declare(strict_types=1);

use Phalcon\Di\FactoryDefault;
use Phalcon\Mvc\Application;
use Phalcon\Mvc\Router;
use Phalcon\Mvc\View;

require dirname(__DIR__) . '/vendor/autoload.php';

$di = new FactoryDefault();

$di->setShared('router', function () {
    $router = new Router(false);
    $router->setDefaultNamespace('Ashgrove\\Phalcon\\Controllers');
    $router->removeExtraSlashes(true);

    $router->addGet('/allotments', ['controller' => 'plot', 'action' => 'index']);
    $router->addGet('/allotments/sites', ['controller' => 'plot', 'action' => 'index']);
    $router->addGet('/allotments/plots', ['controller' => 'plot', 'action' => 'search']);
    $router->addGet('/allotments/plots/{id:[0-9]+}', ['controller' => 'plot', 'action' => 'show']);
    $router->addGet('/allotments/register', ['controller' => 'plot', 'action' => 'register']);

    $router->add('/allotments/waiting-list/apply', ['controller' => 'waiting_list', 'action' => 'apply'], ['GET', 'POST']);
    $router->addGet('/allotments/waiting-list/confirm', ['controller' => 'waiting_list', 'action' => 'confirm']);
    $router->addGet('/allotments/waiting-list/{id:[0-9]+}/position', ['controller' => 'waiting_list', 'action' => 'position']);
    $router->addGet('/allotments/admin/waiting-list', ['controller' => 'waiting_list', 'action' => 'list']);

    $router->addGet('/documents/{name}', ['controller' => 'document', 'action' => 'download']);
    $router->addGet('/documents/minutes/{date}', ['controller' => 'document', 'action' => 'minutes']);
    $router->addGet('/documents/preview', ['controller' => 'document', 'action' => 'thumbnail']);
    $router->addGet('/documents/pages', ['controller' => 'document', 'action' => 'pages']);
    $router->addPost('/documents/attachments/delete', ['controller' => 'document', 'action' => 'deleteAttachment']);

    $router->notFound(['controller' => 'plot', 'action' => 'index']);

    return $router;
});

$di->setShared('view', function () {
    $view = new View();
    $view->disable();

    return $view;
});

$application = new Application($di);
$response = $application->handle($_SERVER['REQUEST_URI'] ?? '/');
$response->send();
