<?php

declare(strict_types=1);

use Givepath\Webhook\IpnParser;
use Givepath\Webhook\PaymentRepository;
use Givepath\Webhook\ProviderClient;

require dirname(__DIR__) . '/bootstrap.php';

if (($_SERVER['REQUEST_METHOD'] ?? 'GET') !== 'POST') {
    http_response_code(405);
    exit;
}

$raw = file_get_contents('php://input') ?: '';
$ipn = IpnParser::fromPost($_POST);

$client = new ProviderClient(
    $config['paystream']['api_base'],
    $config['paystream']['api_key'],
    $config['paystream']['ipn_verify_url'],
);

if (!$client->verifyIpn($raw)) {
    error_log(sprintf('ipn: verification failed for txn %s', $ipn['txn_id']));
    http_response_code(200);
    exit;
}

$donationId = (int) ($ipn['context']['donation_id'] ?? 0);
if ($ipn['status'] === 'completed' && $donationId > 0 && $ipn['txn_id'] !== '') {
    $payments = new PaymentRepository(webhook_pdo($config));
    $payments->markSucceeded($ipn['txn_id'], $donationId, $ipn['amount_minor']);
}

http_response_code(200);
echo 'OK';
