<?php

if (!defined('ABSPATH')) {
    exit;
}

function ks_listing_filters_from_request(): array
{
    return [
        'city'      => isset($_GET['city']) ? sanitize_text_field(wp_unslash($_GET['city'])) : '',
        'type'      => isset($_GET['type']) ? sanitize_key($_GET['type']) : '',
        'min_beds'  => isset($_GET['beds']) ? absint($_GET['beds']) : 0,
        'max_price' => isset($_GET['max_price']) ? absint($_GET['max_price']) : 0,
        'page'      => isset($_GET['pg']) ? max(1, absint($_GET['pg'])) : 1,
    ];
}

function ks_listing_statuses(): array
{
    return [
        'available'   => __('Available', 'keystone-listings'),
        'under_offer' => __('Under offer', 'keystone-listings'),
        'sold_stc'    => __('Sold STC', 'keystone-listings'),
        'let_agreed'  => __('Let agreed', 'keystone-listings'),
    ];
}

function ks_format_price(int $price): string
{
    return '&pound;' . number_format_i18n($price);
}

function ks_export_formatters(): array
{
    return [
        'csv'  => 'ks_format_listing_csv',
        'json' => 'wp_json_encode',
    ];
}

function ks_format_listing_csv(array $rows): string
{
    $handle = fopen('php://temp', 'r+');
    fputcsv($handle, ['reference', 'headline', 'city', 'price', 'bedrooms', 'status']);
    foreach ($rows as $row) {
        fputcsv($handle, [$row['reference'], $row['headline'], $row['city'], $row['price'], $row['bedrooms'], $row['status']]);
    }
    rewind($handle);
    $csv = (string) stream_get_contents($handle);
    fclose($handle);

    return $csv;
}

function ks_allowed_origins(): array
{
    return apply_filters('ks_allowed_origins', [
        'https://www.keystonerealty.com',
        'https://lettings.keystonerealty.com',
    ]);
}

function ks_is_safe_archive_entry(string $name): bool
{
    if ($name === '' || $name[0] === '/' || $name[0] === '\\' || preg_match('#^[a-z]:#i', $name)) {
        return false;
    }
    foreach (preg_split('#[/\\\\]+#', $name) as $segment) {
        if ($segment === '..') {
            return false;
        }
    }

    return true;
}
