<?php

declare(strict_types=1);

use Fenwick\Messenger\Handler\GenerateRotaReportHandler;
use Fenwick\Messenger\Handler\ResizeCottagePhotoHandler;
use Fenwick\Messenger\Handler\SyncOwnerCalendarHandler;
use Fenwick\Messenger\Message\GenerateRotaReport;
use Fenwick\Messenger\Message\ResizeCottagePhoto;
use Fenwick\Messenger\Message\SyncOwnerCalendar;
use Psr\Container\ContainerInterface;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;

/**
 * Bus used by the worker process (bin/worker.php) that consumes the
 * "fenwick-messages" Redis stream.
 */
return static function (ContainerInterface $c): MessageBus {
    return new MessageBus([
        new HandleMessageMiddleware(new HandlersLocator([
            SyncOwnerCalendar::class => [static fn (SyncOwnerCalendar $m) => $c->get(SyncOwnerCalendarHandler::class)($m)],
            ResizeCottagePhoto::class => [static fn (ResizeCottagePhoto $m) => $c->get(ResizeCottagePhotoHandler::class)($m)],
            GenerateRotaReport::class => [static fn (GenerateRotaReport $m) => $c->get(GenerateRotaReportHandler::class)($m)],
        ])),
    ]);
};
