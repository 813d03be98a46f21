<?php

declare(strict_types=1);

namespace Ashgrove\Laminas;

use Ashgrove\Bootstrap\Services;
use Ashgrove\Laminas\Controller\AccountController;
use Ashgrove\Laminas\Controller\AdminController;
use Ashgrove\Laminas\Controller\BookingController;
use Laminas\Router\Http\Literal;
use Laminas\Router\Http\Segment;
use Laminas\ServiceManager\Factory\InvokableFactory;
use Laminas\Mvc\MvcEvent;

final class Module
{
    public function getConfig(): array
    {
        return [
            'router' => [
                'routes' => [
                    'bookings' => [
                        'type' => Literal::class,
                        'options' => ['route' => '/bookings', 'defaults' => ['controller' => BookingController::class, 'action' => 'list']],
                        'may_terminate' => true,
                        'child_routes' => [
                            'new' => ['type' => Literal::class, 'options' => ['route' => '/new', 'defaults' => ['action' => 'create']]],
                            'basket' => ['type' => Literal::class, 'options' => ['route' => '/basket', 'defaults' => ['action' => 'basket']]],
                            'invoice' => ['type' => Literal::class, 'options' => ['route' => '/invoice', 'defaults' => ['action' => 'invoice']]],
                            'show' => [
                                'type' => Segment::class,
                                'options' => ['route' => '/:id', 'constraints' => ['id' => '[0-9]+'], 'defaults' => ['action' => 'show']],
                            ],
                            'poster' => [
                                'type' => Segment::class,
                                'options' => ['route' => '/:id/poster', 'constraints' => ['id' => '[0-9]+'], 'defaults' => ['action' => 'poster']],
                            ],
                        ],
                    ],
                    'account' => [
                        'type' => Literal::class,
                        'options' => ['route' => '/account', 'defaults' => ['controller' => AccountController::class, 'action' => 'profile']],
                        'may_terminate' => true,
                        'child_routes' => [
                            'login' => ['type' => Literal::class, 'options' => ['route' => '/login', 'defaults' => ['action' => 'login']]],
                            'logout' => ['type' => Literal::class, 'options' => ['route' => '/logout', 'defaults' => ['action' => 'logout']]],
                            'profile' => ['type' => Literal::class, 'options' => ['route' => '/profile', 'defaults' => ['action' => 'profile']]],
                            'avatar' => ['type' => Literal::class, 'options' => ['route' => '/avatar', 'defaults' => ['action' => 'avatar']]],
                            'forgot' => ['type' => Literal::class, 'options' => ['route' => '/forgot', 'defaults' => ['action' => 'forgot']]],
                            'reset' => ['type' => Literal::class, 'options' => ['route' => '/reset', 'defaults' => ['action' => 'reset']]],
                            'pin' => ['type' => Literal::class, 'options' => ['route' => '/pin', 'defaults' => ['action' => 'pin']]],
                        ],
                    ],
                    'admin' => [
                        'type' => Segment::class,
                        'options' => [
                            'route' => '/admin/:action[/:feed]',
                            'constraints' => ['action' => '[a-z][a-z-]*', 'feed' => '[a-z]+'],
                            'defaults' => ['controller' => AdminController::class],
                        ],
                    ],
                ],
            ],
            'controllers' => [
                'factories' => [
                    BookingController::class => InvokableFactory::class,
                    AccountController::class => InvokableFactory::class,
                    AdminController::class => InvokableFactory::class,
                ],
            ],
            'view_manager' => [
                'display_not_found_reason' => false,
                'display_exceptions' => false,
                'not_found_template' => 'error/404',
                'exception_template' => 'error/index',
                'strategies' => ['ViewJsonStrategy'],
            ],
        ];
    }

    public function onBootstrap(MvcEvent $event): void
    {
        date_default_timezone_set('Europe/London');
        Services::get();

        $event->getApplication()->getEventManager()->attach(MvcEvent::EVENT_FINISH, static function (MvcEvent $e): void {
            $response = $e->getResponse();
            if (method_exists($response, 'getHeaders')) {
                $response->getHeaders()
                    ->addHeaderLine('X-Content-Type-Options', 'nosniff')
                    ->addHeaderLine('Referrer-Policy', 'same-origin');
            }
        });
    }
}
