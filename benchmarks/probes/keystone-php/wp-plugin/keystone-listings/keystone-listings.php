<?php
/**
 * Plugin Name: Keystone Listings
 * Description: Property search, documents and buyer accounts for Keystone Realty branch sites.
 * Version:     2.4.1
 * Author:      Keystone Realty Digital
 * Text Domain: keystone-listings
 */

if (!defined('ABSPATH')) {
    exit;
}

define('KS_LISTINGS_DIR', plugin_dir_path(__FILE__));
define('KS_DOCUMENTS_DIR', WP_CONTENT_DIR . '/uploads/keystone-documents');
define('KS_MLS_ENDPOINT', 'https://mls.keystonerealty.com/api/v2');

require_once KS_LISTINGS_DIR . 'includes/helpers.php';
require_once KS_LISTINGS_DIR . 'includes/class-ks-listing-repository.php';
require_once KS_LISTINGS_DIR . 'includes/class-ks-shortcodes.php';
require_once KS_LISTINGS_DIR . 'includes/class-ks-ajax.php';
require_once KS_LISTINGS_DIR . 'includes/class-ks-buyer-accounts.php';
require_once KS_LISTINGS_DIR . 'includes/class-ks-mls-sync.php';

add_action('plugins_loaded', static function (): void {
    $repository = new KS_Listing_Repository();
    (new KS_Shortcodes($repository))->register();
    (new KS_Ajax($repository))->register();
    (new KS_Buyer_Accounts())->register();
    KS_MLS_Sync::register();
});

add_action('rest_api_init', static function (): void {
    remove_filter('rest_pre_serve_request', 'rest_send_cors_headers');
    add_filter('rest_pre_serve_request', 'ks_send_cors_headers');
}, 15);

function ks_send_cors_headers($served)
{
    $origin = isset($_SERVER['HTTP_ORIGIN']) ? wp_unslash($_SERVER['HTTP_ORIGIN']) : '';
    if ($origin !== '' && in_array($origin, ks_allowed_origins(), true)) {
        header('Access-Control-Allow-Origin: ' . $origin); // SAFE cors
        header('Access-Control-Allow-Credentials: true');
        header('Access-Control-Allow-Headers: Authorization, Content-Type, X-WP-Nonce');
    }
    header('Vary: Origin', false);

    return $served;
}
