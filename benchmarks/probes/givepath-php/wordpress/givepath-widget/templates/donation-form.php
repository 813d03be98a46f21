<?php
/**
 * Default donation form layout.
 *
 * @var array $args Passed by Givepath_Shortcodes::render_template().
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$campaign = $args['campaign'];
$tribute  = $args['tribute'];
?>
<form class="givepath-donate" method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>">
	<input type="hidden" name="action" value="givepath_donate">
	<input type="hidden" name="campaign_id" value="<?php echo (int) $campaign['id']; ?>">
	<input type="hidden" name="return_to" value="<?php echo esc_url( $args['return_to'] ); ?>">
	<?php wp_nonce_field( 'givepath_donate_' . $campaign['id'], 'givepath_nonce' ); ?>

	<h3 class="givepath-title"><?php echo esc_html( $campaign['title'] ); ?></h3>

	<?php if ( '' !== $args['referrer'] ) : ?>
		<p class="givepath-referrer"><?php esc_html_e( 'Supporting', 'givepath-widget' ); ?> <?php echo esc_html( $args['referrer'] ); // SAFE xss ?></p>
		<input type="hidden" name="referrer" value="<?php echo esc_attr( $args['referrer'] ); ?>">
	<?php endif; ?>

	<div class="givepath-amounts">
		<?php foreach ( $args['amounts'] as $amount ) : ?>
			<label>
				<input type="radio" name="amount" value="<?php echo (int) $amount; ?>">
				<?php echo esc_html( number_format_i18n( $amount ) . ' ' . $args['currency'] ); ?>
			</label>
		<?php endforeach; ?>
		<label><?php esc_html_e( 'Other', 'givepath-widget' ); ?> <input type="number" name="amount_other" min="1"></label>
	</div>

	<label><?php esc_html_e( 'Your name', 'givepath-widget' ); ?> <input type="text" name="donor_name" required></label>
	<label><?php esc_html_e( 'Email', 'givepath-widget' ); ?> <input type="email" name="donor_email" required></label>

	<label class="givepath-tribute">
		<?php esc_html_e( 'Give in memory or in honour of', 'givepath-widget' ); ?>
		<input type="text" name="tribute" value="<?php echo $tribute; // VULN xss ?>">
	</label>

	<button type="submit"><?php esc_html_e( 'Donate now', 'givepath-widget' ); ?></button>

	<?php if ( ! empty( $args['recent'] ) ) : ?>
		<p class="givepath-continue">
			<?php esc_html_e( 'You recently looked at:', 'givepath-widget' ); ?>
			<?php foreach ( $args['recent'] as $slug ) : ?>
				<a href="<?php echo esc_url( add_query_arg( 'gp_campaign', $slug ) ); ?>"><?php echo esc_html( $slug ); ?></a>
			<?php endforeach; ?>
		</p>
	<?php endif; ?>
</form>
