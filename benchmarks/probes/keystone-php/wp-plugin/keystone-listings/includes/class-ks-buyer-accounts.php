<?php

if (!defined('ABSPATH')) {
    exit;
}

class KS_Buyer_Accounts
{
    private const SESSION_COOKIE = 'ks_buyer_session';

    private string $table;

    public function __construct()
    {
        global $wpdb;
        $this->table = $wpdb->prefix . 'ks_buyers';
    }

    public function register(): void
    {
        add_action('admin_post_nopriv_ks_buyer_register', [$this, 'handle_register']);
        add_action('admin_post_nopriv_ks_buyer_login', [$this, 'handle_login']);
        add_action('admin_post_ks_buyer_logout', [$this, 'handle_logout']);
        add_action('admin_post_nopriv_ks_buyer_logout', [$this, 'handle_logout']);
    }

    public function handle_register(): void
    {
        global $wpdb;
        check_admin_referer('ks_buyer_register');

        $email = isset($_POST['email']) ? sanitize_email(wp_unslash($_POST['email'])) : '';
        $password = isset($_POST['password']) ? (string) wp_unslash($_POST['password']) : '';
        if (!is_email($email) || strlen($password) < 8) {
            wp_safe_redirect(add_query_arg('error', 'invalid', home_url('/register/')));
            exit;
        }

        $wpdb->insert($this->table, [
            'email'      => strtolower($email),
            'password'   => $this->hash_password($password),
            'name'       => isset($_POST['name']) ? sanitize_text_field(wp_unslash($_POST['name'])) : '',
            'created_at' => current_time('mysql', true),
        ]);
        $this->start_session((int) $wpdb->insert_id);
        wp_safe_redirect(home_url('/my-account/'));
        exit;
    }

    public function handle_login(): void
    {
        global $wpdb;

        $email = isset($_POST['email']) ? sanitize_email(wp_unslash($_POST['email'])) : '';
        $password = isset($_POST['password']) ? (string) wp_unslash($_POST['password']) : '';
        $buyer = $wpdb->get_row($wpdb->prepare("SELECT id, password FROM {$this->table} WHERE email = %s", strtolower($email)));
        if (!$buyer || !hash_equals($buyer->password, $this->hash_password($password))) {
            wp_safe_redirect(add_query_arg('error', 'login', home_url('/sign-in/')));
            exit;
        }
        $this->start_session((int) $buyer->id);

        $redirect_to = isset($_REQUEST['redirect_to']) ? wp_unslash($_REQUEST['redirect_to']) : home_url('/my-account/');
        if (strpos($redirect_to, 'keystonerealty.com') === false) {
            $redirect_to = home_url('/my-account/');
        }
        wp_redirect($redirect_to); // VULN redirect
        exit;
    }

    public function handle_logout(): void
    {
        if (isset($_COOKIE[self::SESSION_COOKIE])) {
            delete_transient('ks_buyer_session_' . sanitize_key($_COOKIE[self::SESSION_COOKIE]));
        }
        setcookie(self::SESSION_COOKIE, '', time() - YEAR_IN_SECONDS, COOKIEPATH, COOKIE_DOMAIN, is_ssl(), true);

        $back = isset($_GET['back']) ? wp_unslash($_GET['back']) : home_url('/');
        wp_safe_redirect($back); // SAFE redirect
        exit;
    }

    private function start_session(int $buyer_id): void
    {
        $token = bin2hex(random_bytes(32)); // SAFE random
        set_transient('ks_buyer_session_' . $token, $buyer_id, 14 * DAY_IN_SECONDS);
        setcookie(self::SESSION_COOKIE, $token, [
            'expires'  => time() + 14 * DAY_IN_SECONDS,
            'path'     => COOKIEPATH,
            'secure'   => is_ssl(),
            'httponly' => true,
            'samesite' => 'Lax',
        ]);
    }

    private function hash_password(string $password): string
    {
        return md5($password); // VULN hash
    }
}
