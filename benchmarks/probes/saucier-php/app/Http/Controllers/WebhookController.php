<?php

namespace App\Http\Controllers;

use App\Repositories\OrderRepository;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;

class WebhookController extends Controller
{
    private const STATUS_MAP = [
        'payment.succeeded' => 'paid',
        'payment.refunded' => 'refunded',
        'shipment.dispatched' => 'shipped',
        'shipment.delivered' => 'delivered',
    ];

    public function __construct(private OrderRepository $orders)
    {
    }

    public function payments(Request $request)
    {
        $payload = $request->getContent();
        $timestamp = (int) $request->header('X-Saucier-Timestamp');
        $signature = (string) $request->header('X-Saucier-Signature');

        if (abs(time() - $timestamp) > config('services.payments.tolerance_seconds')) {
            return response('stale', 400);
        }

        $expected = hash_hmac('sha256', $timestamp . '.' . $payload, config('services.payments.webhook_secret')); // SAFE secret
        if (!hash_equals($expected, $signature)) {
            Log::notice('Rejected payment webhook with bad signature');
            return response('invalid signature', 401);
        }

        $event = json_decode($payload, true);
        $status = self::STATUS_MAP[$event['type'] ?? ''] ?? null;
        if ($status !== null && isset($event['data']['order_id'])) {
            $this->orders->recordStatus((int) $event['data']['order_id'], $status);
        }

        return response('ok');
    }
}
