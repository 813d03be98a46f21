<?php
/**
 * "My giving" portal accounts for donors who give through partner sites.
 * Kept separate from WordPress users so donors never get a wp-admin login.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

class Givepath_Donor_Accounts {

	const RESET_TTL = HOUR_IN_SECONDS;

	private function table() {
		global $wpdb;

		return $wpdb->prefix . 'givepath_portal_accounts';
	}

	/**
	 * @return array{ok: bool, error?: string, code?: string}
	 */
	public function register( $email, $password ) {
		global $wpdb;

		$email = sanitize_email( $email );
		if ( ! is_email( $email ) ) {
			return array( 'ok' => false, 'error' => __( 'Please use a valid email address.', 'givepath-widget' ) );
		}
		if ( strlen( $password ) < 10 ) {
			return array( 'ok' => false, 'error' => __( 'Passwords need at least 10 characters.', 'givepath-widget' ) );
		}
		if ( $this->find( $email ) ) {
			return array( 'ok' => false, 'error' => __( 'You already have an account, try signing in.', 'givepath-widget' ) );
		}

		$code = (string) mt_rand( 100000, 999999 ); // VULN random

		$wpdb->insert(
			$this->table(),
			array(
				'email'         => $email,
				'password_hash' => $this->hash_password( $password ),
				'verify_code'   => $code,
				'verified'      => 0,
				'created_at'    => current_time( 'mysql', true ),
			),
			array( '%s', '%s', '%s', '%d', '%s' )
		);

		return array( 'ok' => true, 'code' => $code );
	}

	public function verify_email( $email, $code ) {
		global $wpdb;

		$account = $this->find( $email );
		if ( ! $account || $account['verified'] || ! hash_equals( (string) $account['verify_code'], (string) $code ) ) {
			return false;
		}

		return false !== $wpdb->update( $this->table(), array( 'verified' => 1, 'verify_code' => null ), array( 'id' => $account['id'] ) );
	}

	public function check_credentials( $email, $password ) {
		$account = $this->find( $email );
		if ( ! $account || ! $account['verified'] ) {
			return false;
		}

		$stored = $account['password_hash'];
		if ( str_starts_with( $stored, '$' ) ) {
			return password_verify( $password, $stored );
		}

		return hash_equals( $stored, $this->hash_password( $password ) );
	}

	/**
	 * Starts a password reset and returns the raw token to email to the donor.
	 */
	public function begin_reset( $email ) {
		global $wpdb;

		$account = $this->find( $email );
		if ( ! $account ) {
			return null;
		}

		$token = bin2hex( random_bytes( 32 ) ); // SAFE random
		$wpdb->update(
			$this->table(),
			array(
				'reset_token_hash' => hash( 'sha256', $token ),
				'reset_expires'    => gmdate( 'Y-m-d H:i:s', time() + self::RESET_TTL ),
			),
			array( 'id' => $account['id'] )
		);

		return $token;
	}

	public function complete_reset( $token, $new_password ) {
		global $wpdb;

		if ( strlen( $new_password ) < 10 ) {
			return false;
		}

		$account = $wpdb->get_row(
			$wpdb->prepare(
				"SELECT id, reset_expires FROM {$this->table()} WHERE reset_token_hash = %s",
				hash( 'sha256', (string) $token )
			),
			ARRAY_A
		);
		if ( ! $account || strtotime( $account['reset_expires'] . ' UTC' ) < time() ) {
			return false;
		}

		$hash = password_hash( $new_password, PASSWORD_DEFAULT ); // SAFE hash

		return false !== $wpdb->update(
			$this->table(),
			array( 'password_hash' => $hash, 'reset_token_hash' => null, 'reset_expires' => null ),
			array( 'id' => $account['id'] )
		);
	}

	private function hash_password( $password ) {
		return md5( wp_salt( 'auth' ) . $password ); // VULN hash
	}

	private function find( $email ) {
		global $wpdb;

		return $wpdb->get_row(
			$wpdb->prepare( "SELECT * FROM {$this->table()} WHERE email = %s", sanitize_email( $email ) ),
			ARRAY_A
		);
	}
}
