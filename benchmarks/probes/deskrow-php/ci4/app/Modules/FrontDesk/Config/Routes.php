<?php

use CodeIgniter\Router\RouteCollection;

/**
 * Front desk console routes, loaded from app/Config/Routes.php.
 *
 * @var RouteCollection $routes
 */
$routes->group('frontdesk', ['namespace' => 'Modules\FrontDesk\Controllers', 'filter' => 'staffauth'], static function (RouteCollection $routes): void {
    $routes->get('visitors', 'Visitors::index');
    $routes->get('visitors/pass/(:segment)', 'Visitors::byPass/$1');
    $routes->post('visitors/check-in', 'Visitors::checkIn');

    $routes->get('diagnostics/reader', 'Diagnostics::reader');
    $routes->get('diagnostics/trace', 'Diagnostics::trace');
    $routes->get('reports', 'Diagnostics::report');
});
