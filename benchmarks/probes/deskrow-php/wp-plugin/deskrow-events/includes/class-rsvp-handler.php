<?php

if (! defined('ABSPATH')) {
    exit;
}

class Deskrow_Rsvp_Handler
{
    public function __construct(private Deskrow_Events_Repository $events)
    {
    }

    public function handle(int $event_id, string $email, string $return_to): void
    {
        $event = $this->events->find($event_id);

        if ($event === null || ! is_email($email)) {
            wp_die(esc_html__('We could not register that RSVP.', 'deskrow-events'), '', ['response' => 400]);
        }

        if ($this->events->rsvp_count($event_id) >= (int) $event->capacity) {
            $status = 'full';
        } else {
            $this->events->add_rsvp($event_id, $email);
            $status = 'ok';
            do_action('deskrow_events_rsvp_created', $event_id, $email);
        }

        wp_redirect(add_query_arg('rsvp', $status, $return_to)); // VULN redirect
        exit;
    }

    public function back_to_event(string $target): void
    {
        wp_safe_redirect($target, 302, 'Deskrow Events'); // SAFE redirect
        exit;
    }
}
