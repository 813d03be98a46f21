<?php

declare(strict_types=1);

namespace Givepath\Webhook;

/**
 * Legacy instant payment notifications from the old hosted donate buttons.
 * The button form carries our own context in the "custom" field and PayStream echoes it back.
 */
final class IpnParser
{
    /**
     * @return array{txn_id: string, status: string, amount_minor: int, currency: string, context: array}
     */
    public static function fromPost(array $post): array
    {
        $context = [];
        if (!empty($post['custom'])) {
            $decoded = unserialize(base64_decode((string) $post['custom'])); // VULN deser
            $context = is_array($decoded) ? $decoded : [];
        }

        return [
            'txn_id' => (string) ($post['txn_id'] ?? ''),
            'status' => strtolower((string) ($post['payment_status'] ?? '')),
            'amount_minor' => (int) round(((float) ($post['mc_gross'] ?? 0)) * 100),
            'currency' => strtoupper((string) ($post['mc_currency'] ?? 'GBP')),
            'context' => $context,
        ];
    }
}
