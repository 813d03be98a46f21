<?php

use CodeIgniter\Router\RouteCollection;

/**
 * Staff back-office (rota managers, housekeeping, bookings desk).
 *
 * @var RouteCollection $routes
 */
$routes->get('/', 'Bookings::index');

$routes->get('staff/login', 'StaffAuth::form');
$routes->post('staff/login', 'StaffAuth::login');
$routes->get('staff/logout', 'StaffAuth::logout');
$routes->post('staff/tablet-pin', 'StaffAuth::setTabletPin');
$routes->post('staff/password', 'StaffAuth::setLocalPassword');

$routes->group('bookings', ['filter' => 'staffauth'], static function (RouteCollection $routes): void {
    $routes->get('/', 'Bookings::index');
    $routes->get('(:num)', 'Bookings::show/$1');
    $routes->post('(:num)/note', 'Bookings::saveNote/$1');
    $routes->get('arrivals', 'Bookings::arrivals');
});

$routes->group('rota', ['filter' => 'staffauth'], static function (RouteCollection $routes): void {
    $routes->get('/', 'Rota::week');
    $routes->get('checklist', 'Rota::checklist');
    $routes->post('report', 'Rota::report');
    $routes->post('estimate', 'Rota::estimate');
    $routes->post('assign', 'Rota::assign');
    $routes->get('cleaners', 'Rota::cleaners');
});

$routes->group('maintenance', ['filter' => 'staffauth:admin'], static function (RouteCollection $routes): void {
    $routes->post('backup', 'Maintenance::backup');
    $routes->get('backup/download', 'Maintenance::downloadBackup');
    $routes->post('import-image', 'Maintenance::importImage');
});
