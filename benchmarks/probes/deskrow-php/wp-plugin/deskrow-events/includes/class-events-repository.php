<?php

if (! defined('ABSPATH')) {
    exit;
}

class Deskrow_Events_Repository
{
    private wpdb $db;
    private string $table;
    private string $rsvp_table;

    public function __construct()
    {
        global $wpdb;

        $this->db         = $wpdb;
        $this->table      = $wpdb->prefix . 'deskrow_events';
        $this->rsvp_table = $wpdb->prefix . 'deskrow_rsvps';
    }

    public static function install(): void
    {
        global $wpdb;
        require_once ABSPATH . 'wp-admin/includes/upgrade.php';

        $charset = $wpdb->get_charset_collate();
        dbDelta("CREATE TABLE {$wpdb->prefix}deskrow_events (
            id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
            title varchar(200) NOT NULL,
            summary text NOT NULL,
            venue varchar(80) NOT NULL,
            starts_at datetime NOT NULL,
            capacity int(11) NOT NULL DEFAULT 40,
            status varchar(20) NOT NULL DEFAULT 'draft',
            PRIMARY KEY  (id),
            KEY venue_start (venue, starts_at)
        ) $charset;");
        dbDelta("CREATE TABLE {$wpdb->prefix}deskrow_rsvps (
            id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
            event_id bigint(20) unsigned NOT NULL,
            email varchar(190) NOT NULL,
            created_at datetime NOT NULL,
            PRIMARY KEY  (id),
            UNIQUE KEY event_email (event_id, email)
        ) $charset;");
    }

    /**
     * @return array<int, object>
     */
    public function upcoming(int $limit): array
    {
        $limit = max(1, min(50, $limit));

        return $this->db->get_results($this->db->prepare("SELECT id, title, summary, venue, starts_at, capacity FROM {$this->table} WHERE status = 'published' AND starts_at >= %s ORDER BY starts_at ASC LIMIT %d", current_time('mysql'), $limit));
    }

    /**
     * @return array<int, object>
     */
    public function search_titles(string $term): array
    {
        $like = '%' . $this->db->esc_like($term) . '%';

        return $this->db->get_results($this->db->prepare("SELECT id, title, summary, venue, starts_at, capacity FROM {$this->table} WHERE status = 'published' AND (title LIKE %s OR summary LIKE %s) ORDER BY starts_at ASC LIMIT 30", $like, $like)); // SAFE sqli
    }

    /**
     * @return array<int, object>
     */
    public function by_venue(string $venue): array
    {
        return $this->db->get_results("SELECT id, title, summary, venue, starts_at, capacity FROM {$this->table} WHERE status = 'published' AND venue = '{$venue}' AND starts_at >= NOW() ORDER BY starts_at ASC"); // VULN sqli
    }

    public function find(int $id): ?object
    {
        $row = $this->db->get_row($this->db->prepare("SELECT id, title, capacity, starts_at FROM {$this->table} WHERE id = %d AND status = 'published'", $id));

        return $row ?: null;
    }

    public function rsvp_count(int $event_id): int
    {
        return (int) $this->db->get_var($this->db->prepare("SELECT COUNT(*) FROM {$this->rsvp_table} WHERE event_id = %d", $event_id));
    }

    public function add_rsvp(int $event_id, string $email): bool
    {
        return (bool) $this->db->insert(
            $this->rsvp_table,
            ['event_id' => $event_id, 'email' => $email, 'created_at' => current_time('mysql')],
            ['%d', '%s', '%s']
        );
    }
}
