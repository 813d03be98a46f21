<?php
/**
 * Plugin Name:       Deskrow Community Events
 * Description:       Public events calendar and RSVP form for Deskrow coworking spaces.
 * Version:           1.4.2
 * Requires PHP:      8.1
 * Author:            Deskrow
 * Text Domain:       deskrow-events
 */

if (! defined('ABSPATH')) {
    exit;
}

define('DESKROW_EVENTS_DIR', plugin_dir_path(__FILE__));

require_once DESKROW_EVENTS_DIR . 'includes/class-events-repository.php';
require_once DESKROW_EVENTS_DIR . 'includes/class-rsvp-handler.php';

register_activation_hook(__FILE__, ['Deskrow_Events_Repository', 'install']);

add_shortcode('deskrow_events', 'deskrow_events_shortcode');

/**
 * [deskrow_events limit="12" venue="kreuzberg"]
 *
 * @param array<string, string>|string $atts
 */
function deskrow_events_shortcode($atts): string
{
    $atts = shortcode_atts(['limit' => 12, 'venue' => ''], $atts, 'deskrow_events');
    $repo = new Deskrow_Events_Repository();

    $search = isset($_GET['event_search']) ? trim(wp_unslash($_GET['event_search'])) : '';
    $venue  = isset($_GET['venue']) ? sanitize_text_field(wp_unslash($_GET['venue'])) : (string) $atts['venue'];

    if ($search !== '') {
        $events = $repo->search_titles($search);
    } elseif ($venue !== '') {
        $events = $repo->by_venue($venue);
    } else {
        $events = $repo->upcoming((int) $atts['limit']);
    }

    ob_start();
    include DESKROW_EVENTS_DIR . 'templates/event-list.php';

    return (string) ob_get_clean();
}

add_action('admin_post_nopriv_deskrow_rsvp', 'deskrow_events_handle_rsvp');
add_action('admin_post_deskrow_rsvp', 'deskrow_events_handle_rsvp');

function deskrow_events_handle_rsvp(): void
{
    $event_id  = isset($_POST['event_id']) ? absint($_POST['event_id']) : 0;
    $email     = isset($_POST['email']) ? sanitize_email(wp_unslash($_POST['email'])) : '';
    $return_to = isset($_POST['return_to']) ? wp_unslash($_POST['return_to']) : home_url('/events/');

    $handler = new Deskrow_Rsvp_Handler(new Deskrow_Events_Repository());
    $handler->handle($event_id, $email, (string) $return_to);
}

add_action('template_redirect', 'deskrow_events_back_link');

/**
 * "Back to event" links from the confirmation email: /?deskrow_back=<url>
 */
function deskrow_events_back_link(): void
{
    if (! isset($_GET['deskrow_back'])) {
        return;
    }

    $handler = new Deskrow_Rsvp_Handler(new Deskrow_Events_Repository());
    $handler->back_to_event((string) wp_unslash($_GET['deskrow_back']));
}
