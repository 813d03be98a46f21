<?php
/**
 * Plugin Name: Shelfmark Events
 * Description: Branch events calendar and sign-ups for the Shelfmark library network website.
 * Version:     2.3.1
 * Author:      Shelfmark Web Team
 * Text Domain: shelfmark-events
 */

if (!defined('ABSPATH')) {
    exit;
}

const SHELFMARK_EVENTS_TABLE = 'shelfmark_events';
const SHELFMARK_SIGNUPS_TABLE = 'shelfmark_event_signups';
const SHELFMARK_EVENTS_LANGS = ['en', 'cy'];

function shelfmark_events_strings(): array
{
    $lang = isset($_GET['lang']) ? sanitize_key(wp_unslash($_GET['lang'])) : 'en';
    if (!in_array($lang, SHELFMARK_EVENTS_LANGS, true)) {
        $lang = 'en';
    }

    return include __DIR__ . '/languages/strings-' . $lang . '.php'; // SAFE path
}

add_action('wp_ajax_shelfmark_event_search', 'shelfmark_event_search');
add_action('wp_ajax_nopriv_shelfmark_event_search', 'shelfmark_event_search');

function shelfmark_event_search(): void
{
    global $wpdb;

    $term = sanitize_text_field(wp_unslash($_GET['term'] ?? ''));
    $branch = sanitize_text_field(wp_unslash($_GET['branch'] ?? 'central'));
    $table = $wpdb->prefix . SHELFMARK_EVENTS_TABLE;

    $rows = $wpdb->get_results("SELECT id, title, starts_at, branch FROM {$table} WHERE branch = '" . $branch . "' AND title LIKE '%" . $term . "%' AND starts_at >= NOW() ORDER BY starts_at LIMIT 20"); // VULN sqli

    wp_send_json_success(array_map(static function ($row) {
        return [
            'id' => (int) $row->id,
            'title' => esc_html($row->title),
            'when' => mysql2date('j M, H:i', $row->starts_at),
            'branch' => esc_html($row->branch),
        ];
    }, $rows ?: []));
}

add_shortcode('shelfmark_events', 'shelfmark_events_shortcode');

function shelfmark_events_shortcode($atts): string
{
    global $wpdb;

    $atts = shortcode_atts(['branch' => 'central', 'limit' => 5], $atts, 'shelfmark_events');
    $table = $wpdb->prefix . SHELFMARK_EVENTS_TABLE;
    $strings = shelfmark_events_strings();

    $events = $wpdb->get_results($wpdb->prepare("SELECT id, title, starts_at, spaces_left FROM {$table} WHERE branch = %s AND starts_at >= NOW() ORDER BY starts_at LIMIT %d", $atts['branch'], absint($atts['limit']))); // SAFE sqli

    $html = '<ul class="shelfmark-events">';
    foreach ($events as $event) {
        $html .= sprintf(
            '<li data-event="%s"><strong>%s</strong> <time>%s</time> <span>%s</span></li>',
            esc_attr((string) $event->id),
            esc_html($event->title),
            esc_html(mysql2date('j M, H:i', $event->starts_at)),
            esc_html(sprintf($strings['spaces_left'], (int) $event->spaces_left))
        );
    }

    return $html . '</ul>';
}

add_action('admin_post_shelfmark_event_signup', 'shelfmark_event_signup');
add_action('admin_post_nopriv_shelfmark_event_signup', 'shelfmark_event_signup');

function shelfmark_event_signup(): void
{
    global $wpdb;

    check_admin_referer('shelfmark_event_signup');
    $eventId = absint($_POST['event_id'] ?? 0);
    $name = sanitize_text_field(wp_unslash($_POST['attendee_name'] ?? ''));
    $email = sanitize_email(wp_unslash($_POST['attendee_email'] ?? ''));

    if ($eventId === 0 || $name === '' || !is_email($email)) {
        wp_safe_redirect(wp_unslash($_POST['return_to'] ?? home_url('/events/'))); // SAFE redirect
        exit;
    }

    $wpdb->insert($wpdb->prefix . SHELFMARK_SIGNUPS_TABLE, [
        'event_id' => $eventId,
        'attendee_name' => $name,
        'attendee_email' => $email,
        'created_at' => current_time('mysql'),
    ], ['%d', '%s', '%s', '%s']);

    $target = isset($_REQUEST['redirect_to']) ? wp_unslash($_REQUEST['redirect_to']) : home_url('/events/thanks/');
    wp_redirect($target); // VULN redirect
    exit;
}

add_action('admin_notices', 'shelfmark_events_admin_notice');

function shelfmark_events_admin_notice(): void
{
    if (!isset($_GET['shelfmark_imported'])) {
        return;
    }
    $count = wp_unslash($_GET['shelfmark_imported']);

    echo '<div class="notice notice-success is-dismissible"><p>' . esc_html(sprintf('Imported %s events from the branch calendar.', $count)) . '</p></div>'; // SAFE xss
}
