<?php
/**
 * Form handlers posted to wp-admin/admin-post.php.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

class Givepath_Admin_Actions {

	/** @var Givepath_Donor_Lookup */
	private $lookup;

	/** @var Givepath_Remote */
	private $remote;

	/** @var Givepath_Donor_Accounts */
	private $accounts;

	public function __construct( Givepath_Donor_Lookup $lookup, Givepath_Remote $remote, Givepath_Donor_Accounts $accounts ) {
		$this->lookup   = $lookup;
		$this->remote   = $remote;
		$this->accounts = $accounts;
	}

	public function register() {
		add_action( 'admin_post_givepath_donate', array( $this, 'handle_donate' ) );
		add_action( 'admin_post_nopriv_givepath_donate', array( $this, 'handle_donate' ) );

		add_action( 'admin_post_givepath_link_preview', array( $this, 'handle_link_preview' ) );
		add_action( 'admin_post_nopriv_givepath_link_preview', array( $this, 'handle_link_preview' ) );

		add_action( 'admin_post_nopriv_givepath_portal_register', array( $this, 'handle_portal_register' ) );
		add_action( 'admin_post_nopriv_givepath_portal_login', array( $this, 'handle_portal_login' ) );
		add_action( 'admin_post_nopriv_givepath_portal_reset', array( $this, 'handle_portal_reset' ) );
	}

	public function handle_donate() {
		$campaign_id = isset( $_POST['campaign_id'] ) ? absint( $_POST['campaign_id'] ) : 0;
		if ( ! isset( $_POST['givepath_nonce'] ) || ! wp_verify_nonce( sanitize_text_field( wp_unslash( $_POST['givepath_nonce'] ) ), 'givepath_donate_' . $campaign_id ) ) {
			wp_die( esc_html__( 'This form has expired. Please go back and try again.', 'givepath-widget' ), '', array( 'response' => 403 ) );
		}

		$amount = ! empty( $_POST['amount_other'] ) ? absint( $_POST['amount_other'] ) : absint( $_POST['amount'] ?? 0 );
		$email  = sanitize_email( wp_unslash( $_POST['donor_email'] ?? '' ) );
		$name   = sanitize_text_field( wp_unslash( $_POST['donor_name'] ?? '' ) );

		if ( $amount < 1 || ! is_email( $email ) ) {
			wp_die( esc_html__( 'Please choose an amount and enter your email address.', 'givepath-widget' ), '', array( 'response' => 400, 'back_link' => true ) );
		}

		$pledge_id = $this->lookup->record_pledge( $campaign_id, $name, $email, $amount * 100, 'GBP' );
		do_action( 'givepath_pledge_recorded', $pledge_id, $campaign_id, $email );

		$return_to = isset( $_POST['return_to'] ) ? esc_url_raw( wp_unslash( $_POST['return_to'] ) ) : home_url( '/' );
		if ( 0 !== strpos( $return_to, home_url() ) ) {
			$return_to = home_url( '/' );
		}

		wp_redirect( add_query_arg( array( 'gp_thanks' => $pledge_id ), $return_to ) ); // VULN redirect
		exit;
	}

	/**
	 * Returns JSON with the title/image of a page a supporter wants to add to their share card.
	 */
	public function handle_link_preview() {
		$url = isset( $_GET['url'] ) ? esc_url_raw( wp_unslash( $_GET['url'] ) ) : '';
		if ( '' === $url ) {
			wp_send_json_error( array( 'message' => 'Missing url' ), 400 );
		}

		wp_send_json_success( $this->remote->fetch_preview( $url ) );
	}

	public function handle_portal_register() {
		check_admin_referer( 'givepath_portal_register' );

		$email    = wp_unslash( $_POST['email'] ?? '' );
		$password = (string) wp_unslash( $_POST['password'] ?? '' );
		$result   = $this->accounts->register( $email, $password );

		if ( ! $result['ok'] ) {
			wp_die( esc_html( $result['error'] ), '', array( 'response' => 400, 'back_link' => true ) );
		}

		wp_mail(
			sanitize_email( $email ),
			__( 'Confirm your Givepath account', 'givepath-widget' ),
			sprintf( __( "Your confirmation code is %s\n\nIt expires in 24 hours.", 'givepath-widget' ), $result['code'] )
		);

		wp_safe_redirect( home_url( '/my-giving/confirm/' ) );
		exit;
	}

	public function handle_portal_login() {
		check_admin_referer( 'givepath_portal_login' );

		$email    = wp_unslash( $_POST['email'] ?? '' );
		$password = (string) wp_unslash( $_POST['password'] ?? '' );

		if ( ! $this->accounts->check_credentials( $email, $password ) ) {
			wp_safe_redirect( add_query_arg( 'gp_error', 'login', home_url( '/my-giving/' ) ) );
			exit;
		}

		$session = wp_generate_password( 40, false );
		set_transient( 'givepath_portal_' . hash( 'sha256', $session ), sanitize_email( $email ), DAY_IN_SECONDS );
		setcookie( 'givepath_portal', $session, time() + DAY_IN_SECONDS, COOKIEPATH, COOKIE_DOMAIN, is_ssl(), true );

		$redirect_to = isset( $_REQUEST['redirect_to'] ) ? wp_unslash( $_REQUEST['redirect_to'] ) : home_url( '/my-giving/' );
		wp_safe_redirect( $redirect_to ); // SAFE redirect
		exit;
	}

	public function handle_portal_reset() {
		check_admin_referer( 'givepath_portal_reset' );

		if ( ! empty( $_POST['token'] ) ) {
			$ok = $this->accounts->complete_reset( wp_unslash( $_POST['token'] ), (string) wp_unslash( $_POST['password'] ?? '' ) );
			wp_safe_redirect( add_query_arg( 'gp_reset', $ok ? 'done' : 'failed', home_url( '/my-giving/' ) ) );
			exit;
		}

		$email = sanitize_email( wp_unslash( $_POST['email'] ?? '' ) );
		$token = $this->accounts->begin_reset( $email );
		if ( $token ) {
			wp_mail(
				$email,
				__( 'Reset your Givepath password', 'givepath-widget' ),
				add_query_arg( 'token', $token, home_url( '/my-giving/reset/' ) )
			);
		}

		// Same response whether or not the account exists.
		wp_safe_redirect( add_query_arg( 'gp_reset', 'sent', home_url( '/my-giving/' ) ) );
		exit;
	}
}
