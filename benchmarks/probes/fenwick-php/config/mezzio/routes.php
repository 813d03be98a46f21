<?php

declare(strict_types=1);

use Fenwick\Mezzio\Handler\ChannelFeedHandler;
use Fenwick\Mezzio\Handler\ChannelPropertyHandler;
use Fenwick\Mezzio\Handler\OwnerCalendarHandler;
use Fenwick\Mezzio\Handler\OwnerDocumentDeleteHandler;
use Fenwick\Mezzio\Handler\OwnerPhotoUploadHandler;
use Fenwick\Mezzio\Handler\OwnerWelcomeMessageHandler;
use Fenwick\Mezzio\Handler\PaymentReturnHandler;
use Fenwick\Mezzio\Handler\PricingPreviewHandler;
use Fenwick\Mezzio\Middleware\OwnerAuthMiddleware;
use Mezzio\Application;
use Mezzio\MiddlewareFactory;
use Psr\Container\ContainerInterface;

return static function (Application $app, MiddlewareFactory $factory, ContainerInterface $container): void {
    $app->put('/owner/cottages/{id:\d+}/calendar', [OwnerAuthMiddleware::class, OwnerCalendarHandler::class], 'owner.calendar');
    $app->delete('/owner/documents', [OwnerAuthMiddleware::class, OwnerDocumentDeleteHandler::class], 'owner.documents.delete');
    $app->post('/owner/cottages/{id:\d+}/photos', [OwnerAuthMiddleware::class, OwnerPhotoUploadHandler::class], 'owner.photos.upload');
    $app->route('/owner/cottages/{id:\d+}/welcome', [OwnerAuthMiddleware::class, OwnerWelcomeMessageHandler::class], ['GET', 'POST'], 'owner.welcome');
    $app->post('/owner/cottages/{id:\d+}/pricing/preview', [OwnerAuthMiddleware::class, PricingPreviewHandler::class], 'owner.pricing.preview');
    $app->post('/channel/feed', ChannelFeedHandler::class, 'channel.feed');
    $app->get('/channel/property', ChannelPropertyHandler::class, 'channel.property');
    $app->get('/payments/return', PaymentReturnHandler::class, 'payments.return');
};
