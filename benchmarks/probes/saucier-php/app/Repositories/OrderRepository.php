<?php

namespace App\Repositories;

use Illuminate\Support\Facades\DB;

class OrderRepository
{
    private const PAGE_SIZE = 20;

    public function forCustomer(int $customerId, ?string $status, int $page = 1): array
    {
        $offset = max(0, $page - 1) * self::PAGE_SIZE;
        $sql = 'SELECT id, status, total_cents, currency, created_at FROM orders WHERE customer_id = ' . $customerId;

        if ($status !== null && $status !== '') {
            $sql .= " AND status = '" . $status . "'";
        }

        $sql .= ' ORDER BY created_at DESC LIMIT ' . self::PAGE_SIZE . ' OFFSET ' . $offset;

        return DB::select($sql); // VULN sqli
    }

    public function invoiceLines(int $orderId, int $customerId): array
    {
        return DB::select( // SAFE sqli
            'SELECT l.sku, l.title, l.quantity, l.unit_price_cents
               FROM order_lines l
               JOIN orders o ON o.id = l.order_id
              WHERE l.order_id = ' . $orderId . ' AND o.customer_id = ?',
            [$customerId]
        );
    }

    public function recordStatus(int $orderId, string $status): void
    {
        DB::update('UPDATE orders SET status = ?, updated_at = NOW() WHERE id = ?', [$status, $orderId]);
    }
}
