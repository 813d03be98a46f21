<?php
/**
 * Single-button layout for sidebars.
 *
 * @var array $args Passed by Givepath_Shortcodes::render_template().
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$campaign = $args['campaign'];
$default  = reset( $args['amounts'] ) ?: 10;
?>
<form class="givepath-donate givepath-compact" method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>">
	<input type="hidden" name="action" value="givepath_donate">
	<input type="hidden" name="campaign_id" value="<?php echo (int) $campaign['id']; ?>">
	<input type="hidden" name="amount" value="<?php echo (int) $default; ?>">
	<input type="hidden" name="return_to" value="<?php echo esc_url( $args['return_to'] ); ?>">
	<?php wp_nonce_field( 'givepath_donate_' . $campaign['id'], 'givepath_nonce' ); ?>
	<input type="email" name="donor_email" placeholder="<?php esc_attr_e( 'Email', 'givepath-widget' ); ?>" required>
	<button type="submit">
		<?php
		/* translators: 1: amount, 2: currency, 3: campaign title */
		echo esc_html( sprintf( __( 'Give %1$s %2$s to %3$s', 'givepath-widget' ), number_format_i18n( $default ), $args['currency'], $campaign['title'] ) );
		?>
	</button>
</form>
