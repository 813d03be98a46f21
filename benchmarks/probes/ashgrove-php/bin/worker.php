#!/usr/bin/env php
<?php

declare(strict_types=1);

use Ashgrove\Bootstrap\Services;
use Ashgrove\Queue\Worker;

require dirname(__DIR__) . '/vendor/autoload.php';

date_default_timezone_set('Europe/London');

$options = getopt('', ['max-jobs::']);
$maxJobs = isset($options['max-jobs']) ? (int) $options['max-jobs'] : 0;

$services = Services::get();
$worker = new Worker($services->queue(), $services);

fwrite(STDOUT, sprintf("[%s] ashgrove worker started\n", date('c')));
$worker->run($maxJobs);
fwrite(STDOUT, sprintf("[%s] ashgrove worker stopped\n", date('c')));
