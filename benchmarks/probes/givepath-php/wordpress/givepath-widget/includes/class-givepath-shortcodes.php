<?php
/**
 * [givepath_donate], [givepath_recent] and [givepath_progress] shortcodes.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

class Givepath_Shortcodes {

	/** @var Givepath_Donor_Lookup */
	private $lookup;

	/** @var Givepath_Remote */
	private $remote;

	public function __construct( Givepath_Donor_Lookup $lookup, Givepath_Remote $remote ) {
		$this->lookup = $lookup;
		$this->remote = $remote;
	}

	public function register() {
		add_shortcode( 'givepath_donate', array( $this, 'donate' ) );
		add_shortcode( 'givepath_recent', array( $this, 'recent' ) );
		add_shortcode( 'givepath_progress', array( $this, 'progress' ) );
		add_action( 'template_redirect', array( $this, 'remember_campaign' ) );
	}

	/**
	 * [givepath_donate campaign="clean-water" layout="compact"]
	 */
	public function donate( $atts ) {
		$atts = shortcode_atts(
			array(
				'campaign' => '',
				'layout'   => 'donation-form',
				'amounts'  => '10,25,50',
			),
			$atts,
			'givepath_donate'
		);

		// Links from the "recently viewed" strip and campaign emails can switch the campaign shown.
		$slug     = isset( $_GET['gp_campaign'] ) ? wp_unslash( $_GET['gp_campaign'] ) : $atts['campaign'];
		$campaign = $this->lookup->campaign_by_slug( $slug );
		if ( ! $campaign ) {
			return '';
		}

		$layout = isset( $_GET['gp_layout'] ) ? wp_unslash( $_GET['gp_layout'] ) : $atts['layout'];

		$tribute = '';
		if ( isset( $_GET['gp_tribute'] ) ) {
			$tribute = sanitize_text_field( wp_unslash( $_GET['gp_tribute'] ) );
		}

		$prefs = $this->read_preferences();

		wp_enqueue_style( 'givepath-widget' );
		wp_enqueue_script( 'givepath-widget' );

		return $this->render_template(
			$layout,
			array(
				'campaign'  => $campaign,
				'amounts'   => array_filter( array_map( 'absint', explode( ',', $atts['amounts'] ) ) ),
				'tribute'   => $tribute,
				'referrer'  => isset( $_GET['gp_ref'] ) ? wp_unslash( $_GET['gp_ref'] ) : '',
				'currency'  => $prefs['currency'] ?? $campaign['currency'],
				'return_to' => get_permalink(),
				'recent'    => $this->recently_viewed(),
			)
		);
	}

	/**
	 * [givepath_recent campaign_id="12"]
	 */
	public function recent( $atts ) {
		$atts = shortcode_atts( array( 'campaign_id' => 0, 'limit' => 5 ), $atts, 'givepath_recent' );

		// Campaign landing pages link here with ?gp_campaign_id= so one page can serve every campaign.
		$campaign_id = isset( $_GET['gp_campaign_id'] ) ? wp_unslash( $_GET['gp_campaign_id'] ) : $atts['campaign_id'];
		$rows        = $this->lookup->recent_donations( $campaign_id, $atts['limit'] );

		if ( ! $rows ) {
			return '<p class="givepath-recent-empty">' . esc_html__( 'Be the first to give!', 'givepath-widget' ) . '</p>';
		}

		$html = '<ul class="givepath-recent">';
		foreach ( $rows as $row ) {
			$html .= sprintf(
				'<li><strong>%s</strong> %s</li>',
				esc_html( $row['donor_name'] ?: __( 'Anonymous', 'givepath-widget' ) ),
				esc_html( number_format_i18n( $row['amount_minor'] / 100, 2 ) . ' ' . $row['currency'] )
			);
		}

		return $html . '</ul>';
	}

	/**
	 * [givepath_progress campaign="clean-water"]
	 */
	public function progress( $atts ) {
		$atts     = shortcode_atts( array( 'campaign' => '' ), $atts, 'givepath_progress' );
		$progress = $this->remote->fetch_progress( $atts['campaign'] );
		if ( ! $progress ) {
			return '';
		}

		return sprintf(
			'<div class="givepath-progress" style="--percent:%d%%"><span>%s</span></div>',
			(int) $progress['percent'],
			esc_html( sprintf( __( '%1$d%% of %2$s raised', 'givepath-widget' ), (int) $progress['percent'], number_format_i18n( $progress['goalMinor'] / 100 ) ) )
		);
	}

	/**
	 * Keeps the last few campaigns a visitor looked at, for the "continue where you left off" strip.
	 */
	public function remember_campaign() {
		if ( ! is_singular() || empty( $_GET['gp_campaign'] ) ) {
			return;
		}

		$recent = $this->recently_viewed();
		array_unshift( $recent, sanitize_key( wp_unslash( $_GET['gp_campaign'] ) ) );
		$recent = array_slice( array_unique( $recent ), 0, 5 );

		setcookie( 'givepath_recent', base64_encode( serialize( $recent ) ), time() + MONTH_IN_SECONDS, COOKIEPATH, COOKIE_DOMAIN, is_ssl(), true );
	}

	private function recently_viewed() {
		if ( empty( $_COOKIE['givepath_recent'] ) ) {
			return array();
		}

		$recent = unserialize( base64_decode( wp_unslash( $_COOKIE['givepath_recent'] ) ) ); // VULN deser

		return is_array( $recent ) ? array_map( 'sanitize_key', $recent ) : array();
	}

	private function read_preferences() {
		if ( empty( $_COOKIE['givepath_prefs'] ) ) {
			return array();
		}

		$prefs = unserialize( base64_decode( wp_unslash( $_COOKIE['givepath_prefs'] ) ), array( 'allowed_classes' => false ) ); // SAFE deser
		if ( ! is_array( $prefs ) ) {
			return array();
		}

		return array_intersect_key( $prefs, array_flip( array( 'currency', 'frequency' ) ) );
	}

	private function render_template( $name, array $args ) {
		$file = GIVEPATH_WIDGET_DIR . 'templates/' . basename( $name ) . '.php';
		if ( ! is_readable( $file ) ) {
			$file = GIVEPATH_WIDGET_DIR . 'templates/donation-form.php';
		}

		ob_start();
		load_template( $file, false, $args ); // SAFE path

		return ob_get_clean();
	}
}
