<?php
/**
 * Plugin Name:       Givepath Donation Widget
 * Plugin URI:        https://www.givepath.org/wordpress
 * Description:       Donation form, campaign progress and donor portal shortcodes for Givepath partner sites.
 * Version:           2.4.1
 * Requires at least: 6.2
 * Requires PHP:      8.0
 * Author:            Givepath Digital
 * License:           GPL-2.0-or-later
 * Text Domain:       givepath-widget
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'GIVEPATH_WIDGET_VERSION', '2.4.1' );
define( 'GIVEPATH_WIDGET_DIR', plugin_dir_path( __FILE__ ) );
define( 'GIVEPATH_WIDGET_URL', plugin_dir_url( __FILE__ ) );
define( 'GIVEPATH_API_BASE', 'https://api.givepath.org' );

require_once GIVEPATH_WIDGET_DIR . 'includes/class-givepath-donor-lookup.php';
require_once GIVEPATH_WIDGET_DIR . 'includes/class-givepath-remote.php';
require_once GIVEPATH_WIDGET_DIR . 'includes/class-givepath-donor-accounts.php';
require_once GIVEPATH_WIDGET_DIR . 'includes/class-givepath-shortcodes.php';
require_once GIVEPATH_WIDGET_DIR . 'includes/class-givepath-admin-actions.php';

register_activation_hook( __FILE__, 'givepath_widget_install' );

/**
 * Creates the plugin tables.
 */
function givepath_widget_install() {
	global $wpdb;
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';

	$charset = $wpdb->get_charset_collate();

	dbDelta(
		"CREATE TABLE {$wpdb->prefix}givepath_campaigns (
			id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
			slug varchar(120) NOT NULL,
			title varchar(200) NOT NULL,
			goal_minor bigint(20) NOT NULL DEFAULT 0,
			currency char(3) NOT NULL DEFAULT 'GBP',
			PRIMARY KEY  (id),
			UNIQUE KEY slug (slug)
		) $charset;"
	);

	dbDelta(
		"CREATE TABLE {$wpdb->prefix}givepath_donations (
			id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
			campaign_id bigint(20) unsigned NOT NULL,
			donor_name varchar(120) NOT NULL DEFAULT '',
			donor_email varchar(190) NOT NULL DEFAULT '',
			amount_minor bigint(20) NOT NULL,
			currency char(3) NOT NULL DEFAULT 'GBP',
			status varchar(16) NOT NULL DEFAULT 'pledged',
			created_at datetime NOT NULL,
			PRIMARY KEY  (id),
			KEY campaign_status (campaign_id, status)
		) $charset;"
	);

	dbDelta(
		"CREATE TABLE {$wpdb->prefix}givepath_portal_accounts (
			id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
			email varchar(190) NOT NULL,
			password_hash varchar(255) NOT NULL,
			verify_code varchar(12) DEFAULT NULL,
			verified tinyint(1) NOT NULL DEFAULT 0,
			reset_token_hash char(64) DEFAULT NULL,
			reset_expires datetime DEFAULT NULL,
			created_at datetime NOT NULL,
			PRIMARY KEY  (id),
			UNIQUE KEY email (email)
		) $charset;"
	);

	add_option( 'givepath_widget_db_version', GIVEPATH_WIDGET_VERSION );
}

add_action(
	'plugins_loaded',
	static function () {
		$lookup   = new Givepath_Donor_Lookup();
		$remote   = new Givepath_Remote();
		$accounts = new Givepath_Donor_Accounts();

		( new Givepath_Shortcodes( $lookup, $remote ) )->register();
		( new Givepath_Admin_Actions( $lookup, $remote, $accounts ) )->register();
	}
);

add_action(
	'wp_enqueue_scripts',
	static function () {
		wp_register_style( 'givepath-widget', GIVEPATH_WIDGET_URL . 'assets/widget.css', array(), GIVEPATH_WIDGET_VERSION );
		wp_register_script( 'givepath-widget', GIVEPATH_WIDGET_URL . 'assets/widget.js', array(), GIVEPATH_WIDGET_VERSION, true );
	}
);
