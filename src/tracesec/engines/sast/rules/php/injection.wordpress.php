<?php

function ks_filters_from_request(): array
{
    return ['city' => isset($_GET['city']) ? sanitize_text_field(wp_unslash($_GET['city'])) : ''];
}

class Listings_Table
{
    public function search(): array
    {
        global $wpdb;
        // a helper named for reading the request returns request data
        $filters = ks_filters_from_request();
        // ruleid: trace.php.sql-injection.tainted-query
        $rows = $wpdb->get_results("SELECT * FROM {$wpdb->prefix}listings WHERE city = '" . $filters['city'] . "'");
        // prepare() with a literal format binds the value
        // ok: trace.php.sql-injection.tainted-query
        $row = $wpdb->get_row($wpdb->prepare("SELECT * FROM {$wpdb->prefix}listings WHERE city = %s", $filters['city']));
        // a format built from the request is no binding
        // ruleid: trace.php.sql-injection.tainted-query
        $var = $wpdb->get_var($wpdb->prepare("SELECT COUNT(*) FROM t WHERE city = '" . $filters['city'] . "' AND id = %d", 1));
        // ok: trace.php.sql-injection.tainted-query
        $col = $wpdb->get_col("SELECT id FROM t WHERE type = '" . sanitize_key($_GET['type']) . "' AND beds >= " . absint($_GET['beds']));
        // ok: trace.php.sql-injection.tainted-query
        $esc = $wpdb->get_results("SELECT id FROM t WHERE city = '" . esc_sql($_GET['city']) . "'");

        return [$rows, $row, $var, $col, $esc];
    }

    public function export(): void
    {
        $format = isset($_GET['format']) ? sanitize_text_field($_GET['format']) : 'csv';
        $formatters = ['csv' => 'ks_csv', 'json' => 'wp_json_encode'];
        if (!isset($formatters[$format])) {
            wp_send_json_error(['message' => 'Unsupported format.'], 400);
        }
        // wp_send_json_error() ends the request
        // ok: trace.php.code-injection.tainted-code
        wp_send_json_success(call_user_func($formatters[$format], []));
    }

    public function export_unchecked(): void
    {
        $format = ks_filters_from_request()['format'];
        $formatters = ['csv' => 'ks_csv', 'json' => 'wp_json_encode'];
        if (!isset($formatters[$format])) {
            error_log('unknown format ' . $format);
        }
        // ruleid: trace.php.code-injection.tainted-code
        wp_send_json_success(call_user_func($format, []));
    }

    public function render(): void
    {
        $back = isset($_GET['back']) ? wp_unslash($_GET['back']) : home_url('/');
        // ok: trace.php.xss.tainted-echo
        echo '<a href="' . esc_url($back) . '">Back</a>';
        $city = ks_filters_from_request()['city'];
        // ok: trace.php.xss.tainted-echo
        echo '<h2>' . esc_html($city) . '</h2>';
        // ruleid: trace.php.xss.tainted-echo
        echo '<h2>' . $city . '</h2>';
    }

    public function login(): void
    {
        $to = isset($_REQUEST['redirect_to']) ? wp_unslash($_REQUEST['redirect_to']) : home_url('/');
        if (strpos($to, 'example.com') === false) {
            $to = home_url('/account/');
        }
        // a substring test is no host check
        // ruleid: trace.php.open-redirect.tainted-redirect
        wp_redirect($to);
        // wp_safe_redirect() keeps to the allowed hosts
        // ok: trace.php.open-redirect.tainted-redirect
        wp_safe_redirect($to);
        exit;
    }
}

class Listing_Cards
{
    public function render_results(): void
    {
        $rows = $this->repository->search(ks_filters_from_request());
        foreach ($rows as $row) {
            // the rows are the database's, not the request's
            // ok: trace.php.xss.tainted-echo
            echo '<span class="badge">' . $row->status . '</span>';
        }
        $keyword = ks_filters_from_request()['city'];
        // ruleid: trace.php.xss.tainted-echo
        echo '<p>No homes in ' . $keyword . '</p>';
    }
}

class Link_Preview
{
    public function fetch(): array
    {
        $url = esc_url_raw(wp_unslash($_GET['url'] ?? ''));
        // ruleid: trace.php.ssrf.tainted-url
        $response = wp_remote_get($url, array('timeout' => 5));
        // wp_safe_remote_get() rejects internal hosts
        // ok: trace.php.ssrf.tainted-url
        $safe = wp_safe_remote_get($url, array('timeout' => 5));
        // ok: trace.php.ssrf.tainted-url
        $fixed = wp_remote_get(GIVE_API . '/campaigns/' . rawurlencode($_GET['slug']));

        return array($response, $safe, $fixed);
    }
}

// WordPress: a query variable, the REST API's request (its getters and array offsets)
function ks_listing_by_slug(): void
{
    global $wpdb;
    $slug = get_query_var('listing');
    // ruleid: trace.php.sql-injection.tainted-query
    $row = $wpdb->get_row("SELECT * FROM {$wpdb->prefix}listings WHERE slug = '" . $slug . "'");
    // ok: trace.php.sql-injection.tainted-query
    $same = $wpdb->get_row($wpdb->prepare("SELECT * FROM {$wpdb->prefix}listings WHERE slug = %s", $slug));
    // ok: trace.php.sql-injection.tainted-query
    $page = $wpdb->get_results("SELECT * FROM {$wpdb->prefix}listings LIMIT 10 OFFSET " . absint(get_query_var('paged')));
    // ruleid: trace.php.xss.tainted-echo
    echo '<h1>' . get_query_var('listing') . '</h1>';
    // ok: trace.php.xss.tainted-echo
    echo '<h1>' . esc_html(get_query_var('listing')) . '</h1>';
}

function ks_rest_search(WP_REST_Request $request)
{
    global $wpdb;
    // ruleid: trace.php.sql-injection.tainted-query
    $a = $wpdb->get_results("SELECT * FROM {$wpdb->prefix}listings WHERE city = '" . $request->get_param('city') . "'");
    // ruleid: trace.php.sql-injection.tainted-query
    $b = $wpdb->get_results("SELECT * FROM {$wpdb->prefix}listings WHERE city = '" . $request['city'] . "'");
    $json = $request->get_json_params();
    // ruleid: trace.php.sql-injection.tainted-query
    $c = $wpdb->get_results("SELECT * FROM {$wpdb->prefix}listings WHERE city = '" . $json['city'] . "'");
    // ruleid: trace.php.sql-injection.tainted-query
    $d = $wpdb->get_results("SELECT * FROM {$wpdb->prefix}listings WHERE agent = '" . $request->get_header('x_agent') . "'");
    // ok: trace.php.sql-injection.tainted-query
    $e = $wpdb->get_results("SELECT * FROM {$wpdb->prefix}listings WHERE id = " . absint($request['id']));
    // a settings array is no request
    $settings = get_option('ks_settings', array());
    // ok: trace.php.sql-injection.tainted-query
    $f = $wpdb->get_results("SELECT * FROM {$wpdb->prefix}listings WHERE city = '" . $settings['city'] . "'");
    return rest_ensure_response(array($a, $b, $c, $d, $e, $f));
}

class KS_Listings_Rest_Controller extends WP_REST_Controller
{
    public function get_items($request)
    {
        global $wpdb;
        // ruleid: trace.php.sql-injection.tainted-query
        return $wpdb->get_results("SELECT * FROM {$wpdb->prefix}listings WHERE title LIKE '%" . $request['search'] . "%'");
    }

    public function prepare_item_for_response($item, $request)
    {
        // a REST controller's string is JSON-encoded, and the item is the database's row
        // ok: trace.php.xss.tainted-echo
        return 'Listing ' . $item->post_title;
    }
}

add_action('rest_api_init', function () {
    register_rest_route('ks/v1', '/listings/(?P<city>[a-z-]+)', array(
        'methods' => 'GET',
        'callback' => function ($request) {
            global $wpdb;
            // ruleid: trace.php.sql-injection.tainted-query
            return $wpdb->get_results("SELECT * FROM {$wpdb->prefix}listings WHERE city = '" . $request['city'] . "'");
        },
        'permission_callback' => '__return_true',
    ));
});
