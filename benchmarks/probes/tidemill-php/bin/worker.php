<?php

declare(strict_types=1);

use Symfony\Component\Messenger\EventListener\StopWorkerOnTimeLimitListener;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Worker;

/*
 * Queue consumer: php bin/worker.php
 * Restarted by systemd every hour to pick up deployments.
 */
chdir(dirname(__DIR__));
require 'vendor/autoload.php';

/** @var \Psr\Container\ContainerInterface $container */
$container = require 'config/container.php';

$dispatcher = new EventDispatcher();
$dispatcher->addSubscriber(new StopWorkerOnTimeLimitListener(3600));

$worker = new Worker(
    ['async' => $container->get('messenger.transport.async')],
    $container->get('messenger.worker_bus'),
    $dispatcher
);

fwrite(STDOUT, sprintf("[%s] Tidemill worker started\n", date('c')));
$worker->run(['sleep' => 1_000_000]);
