<?php

if (!defined('ABSPATH')) {
    exit;
}

class KS_Listing_Repository
{
    private string $table;

    public function __construct()
    {
        global $wpdb;
        $this->table = $wpdb->prefix . 'ks_listings';
    }

    public function search(array $filters, int $per_page = 12): array
    {
        global $wpdb;

        $where = ["status <> 'withdrawn'"];
        if ($filters['city'] !== '') {
            $where[] = "city = '" . $filters['city'] . "'";
        }
        if ($filters['type'] !== '') {
            $where[] = "property_type = '" . $filters['type'] . "'";
        }
        if ($filters['min_beds'] > 0) {
            $where[] = 'bedrooms >= ' . $filters['min_beds'];
        }
        if ($filters['max_price'] > 0) {
            $where[] = 'price <= ' . $filters['max_price'];
        }
        $offset = ($filters['page'] - 1) * $per_page;
        $sql = "SELECT id, reference, headline, city, price, bedrooms, status, agent_id FROM {$this->table} WHERE "
            . implode(' AND ', $where) . " ORDER BY listed_at DESC LIMIT {$offset}, {$per_page}";

        return $wpdb->get_results($sql); // VULN sqli
    }

    public function find_by_reference(string $reference): ?object
    {
        global $wpdb;
        $row = $wpdb->get_row($wpdb->prepare("SELECT * FROM {$this->table} WHERE reference = %s", $reference)); // SAFE sqli

        return $row ?: null;
    }

    public function set_status(int $id, string $status): bool
    {
        global $wpdb;
        if (!array_key_exists($status, ks_listing_statuses())) {
            return false;
        }

        return false !== $wpdb->update($this->table, ['status' => $status], ['id' => $id], ['%s'], ['%d']);
    }

    public function upsert_from_mls(array $item): void
    {
        global $wpdb;
        $status = array_key_exists($item['status'] ?? '', ks_listing_statuses()) ? $item['status'] : 'available';
        $wpdb->replace($this->table, [
            'reference'     => sanitize_text_field($item['reference']),
            'headline'      => sanitize_text_field($item['headline']),
            'description'   => wp_kses_post($item['description'] ?? ''),
            'city'          => sanitize_text_field($item['city']),
            'property_type' => sanitize_key($item['type'] ?? 'house'),
            'price'         => absint($item['price']),
            'bedrooms'      => absint($item['bedrooms']),
            'status'        => $status,
            'agent_id'      => absint($item['agent_id'] ?? 0),
            'listed_at'     => gmdate('Y-m-d H:i:s', strtotime($item['listed_at'] ?? 'now')),
        ]);
    }
}
