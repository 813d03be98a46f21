<?php
declare(strict_types=1);

use Cake\Routing\Route\DashedRoute;
use Cake\Routing\RouteBuilder;

return function (RouteBuilder $routes): void {
    $routes->setRouteClass(DashedRoute::class);

    $routes->scope('/', function (RouteBuilder $builder): void {
        $builder->connect('/', ['controller' => 'Hives', 'action' => 'index']);
        $builder->connect('/hives/search', ['controller' => 'Hives', 'action' => 'search']);
        $builder->connect('/hives/{id}', ['controller' => 'Hives', 'action' => 'view'])
            ->setPass(['id'])
            ->setPatterns(['id' => '\d+']);
        $builder->connect('/hives/{id}/edit', ['controller' => 'Hives', 'action' => 'edit'])
            ->setPass(['id'])
            ->setPatterns(['id' => '\d+']);
        $builder->connect('/hives/{id}/label', ['controller' => 'Hives', 'action' => 'label'])
            ->setPass(['id'])
            ->setPatterns(['id' => '\d+']);

        $builder->connect('/swarm', ['controller' => 'SwarmCalls', 'action' => 'add']);
        $builder->connect('/swarm/status', ['controller' => 'SwarmCalls', 'action' => 'status']);
        $builder->connect('/swarm/{id}', ['controller' => 'SwarmCalls', 'action' => 'view'])
            ->setPass(['id'])
            ->setPatterns(['id' => '\d+']);

        $builder->connect('/inspections/photo', ['controller' => 'Inspections', 'action' => 'photo']);
        $builder->connect('/inspections/thumbnail', ['controller' => 'Inspections', 'action' => 'thumbnail']);
        $builder->connect('/inspections/import', ['controller' => 'Inspections', 'action' => 'import']);

        $builder->connect('/login', ['controller' => 'Accounts', 'action' => 'login']);
        $builder->connect('/logout', ['controller' => 'Accounts', 'action' => 'logout']);
        $builder->connect('/account/reset', ['controller' => 'Accounts', 'action' => 'requestReset']);
        $builder->connect('/account/api-key', ['controller' => 'Accounts', 'action' => 'apiKey']);
        $builder->connect('/account/profile', ['controller' => 'Accounts', 'action' => 'profile']);
        $builder->connect('/directory', ['controller' => 'Accounts', 'action' => 'directory']);

        $builder->connect('/reports/apiaries', ['controller' => 'Reports', 'action' => 'apiaries']);
        $builder->connect('/reports/varroa', ['controller' => 'Reports', 'action' => 'varroa']);

        $builder->fallbacks();
    });
};
