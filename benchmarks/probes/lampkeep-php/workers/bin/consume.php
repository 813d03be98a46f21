#!/usr/bin/env php
<?php

declare(strict_types=1);

/**
 * Queue worker entry point, run under systemd as one unit per queue:
 *
 *   lampkeep-worker@lampkeep.booking.confirmed.service
 *   lampkeep-worker@lampkeep.logbook.import.service
 *   lampkeep-worker@lampkeep.scan.process.service
 */

use Lampkeep\Shared\Config\Settings;
use Lampkeep\Shared\Http\OutboundClientFactory;
use Lampkeep\Shared\Queue\AmqpConnectionFactory;
use Lampkeep\Shared\Queue\QueuePublisher;
use Lampkeep\Worker\Consumer\BookingConfirmationConsumer;
use Lampkeep\Worker\Consumer\LogbookImportConsumer;
use Lampkeep\Worker\Consumer\ScanProcessingConsumer;
use Lampkeep\Worker\Importer\LogbookArchiveExtractor;
use Lampkeep\Worker\Importer\LogbookXmlParser;
use Lampkeep\Worker\Media\ScanProcessor;
use Medoo\Medoo;

require __DIR__ . '/../../vendor/autoload.php';

$queue = $argv[1] ?? '';
if (!in_array($queue, QueuePublisher::QUEUES, true)) {
    fwrite(STDERR, "usage: consume.php <queue>\n  queues: " . implode(', ', QueuePublisher::QUEUES) . "\n");
    exit(64);
}

$settings = Settings::fromEnvironment();
$db = new Medoo($settings->databaseOptions());
$clients = new OutboundClientFactory($settings->caBundle());

$consumer = match ($queue) {
    QueuePublisher::BOOKING_CONFIRMED => new BookingConfirmationConsumer(
        $db,
        $clients->partnerCallbacks(),
        $settings->require('LAMPKEEP_PARTNER_HMAC_KEY'),
        $settings->get('LAMPKEEP_SITE_URL', 'https://www.lampkeep.org')
    ),
    QueuePublisher::LOGBOOK_IMPORT => new LogbookImportConsumer(
        $db,
        new LogbookArchiveExtractor($settings->storageRoot() . '/import', $settings->scanRoot()),
        new LogbookXmlParser(),
        $settings->archiveRoot() . '/transcripts'
    ),
    QueuePublisher::SCAN_PROCESS => new ScanProcessingConsumer(
        $db,
        new ScanProcessor($settings->scanRoot())
    ),
    default => null,
};
if ($consumer === null) {
    fwrite(STDERR, "No consumer registered for {$queue}\n");
    exit(64);
}

$factory = new AmqpConnectionFactory();
$channel = $factory->connect()->channel();
$channel->queue_declare($queue, false, true, false, false);
$channel->basic_qos(0, 1, false);
$channel->basic_consume($queue, gethostname() . '-' . getmypid(), false, false, false, false, [$consumer, 'handle']);

$stop = static function () use ($channel): void {
    $channel->basic_cancel(gethostname() . '-' . getmypid());
};
if (function_exists('pcntl_signal')) {
    pcntl_async_signals(true);
    pcntl_signal(SIGTERM, $stop);
    pcntl_signal(SIGINT, $stop);
}

fwrite(STDOUT, sprintf("[%s] consuming %s\n", date(DATE_ATOM), $queue));
while ($channel->is_consuming()) {
    $channel->wait();
}
$channel->close();
$factory->close();
