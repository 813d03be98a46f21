<?php

declare(strict_types=1);

use Givepath\Webhook\EventLog;
use Givepath\Webhook\PaymentRepository;
use Givepath\Webhook\SignatureVerifier;

require dirname(__DIR__) . '/bootstrap.php';

if (($_SERVER['REQUEST_METHOD'] ?? 'GET') !== 'POST') {
    json_reply(405, ['error' => 'method_not_allowed']);
}

$payload = file_get_contents('php://input') ?: '';
$verifier = new SignatureVerifier($config['paystream']['webhook_secret'], $config['paystream']['tolerance_seconds']);

if (!$verifier->verify($payload, $_SERVER['HTTP_PAYSTREAM_SIGNATURE'] ?? null)) {
    error_log('paystream webhook: bad signature from ' . ($_SERVER['REMOTE_ADDR'] ?? '?'));
    json_reply(400, ['error' => 'invalid_signature']);
}

$event = json_decode($payload, true);
if (!is_array($event) || !isset($event['id'], $event['type'], $event['data']) || !is_string($event['id'])) {
    json_reply(400, ['error' => 'malformed_event']);
}

$log = new EventLog(webhook_mongo($config), $config['mongo']['database']);
if ($log->alreadyProcessed($event['id'])) {
    json_reply(200, ['status' => 'duplicate']);
}
$log->store($event['id'], (string) $event['type'], $event);

$payments = new PaymentRepository(webhook_pdo($config));
$object = $event['data']['object'] ?? [];

switch ($event['type']) {
    case 'payment.succeeded':
        if (preg_match('/^GP-(\d+)$/', (string) ($object['reference'] ?? ''), $m)) {
            $payments->markSucceeded((string) $object['id'], (int) $m[1], (int) ($object['amount'] ?? 0));
        }
        break;

    case 'payment.refunded':
        $payments->markRefunded((string) ($object['payment'] ?? ''));
        break;

    case 'mandate.active':
        $metadata = $object['metadata'] ?? [];
        if (isset($metadata['donor_id'], $metadata['campaign_id'], $object['amount'])) {
            $payments->recordMandate((int) $metadata['donor_id'], (int) $metadata['campaign_id'], (int) $object['amount'], (string) $object['id']);
        }
        break;

    default:
        // Stored above; nothing else to do for this type yet.
        break;
}

$log->markProcessed($event['id']);
json_reply(200, ['status' => 'ok']);
