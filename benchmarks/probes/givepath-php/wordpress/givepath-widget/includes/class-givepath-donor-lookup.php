<?php
/**
 * Database access for campaigns and pledges stored on the partner site.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

class Givepath_Donor_Lookup {

	/**
	 * Latest public pledges for a campaign.
	 *
	 * @param int|string $campaign_id Campaign id.
	 * @param int        $limit       Rows to return.
	 * @return array
	 */
	public function recent_donations( $campaign_id, $limit = 5 ) {
		global $wpdb;

		$table       = $wpdb->prefix . 'givepath_donations';
		$campaign_id = esc_sql( $campaign_id );

		return $wpdb->get_results( "SELECT donor_name, amount_minor, currency, created_at FROM {$table} WHERE campaign_id = {$campaign_id} AND status IN ('pledged', 'paid') ORDER BY created_at DESC LIMIT " . absint( $limit ), ARRAY_A ); // VULN sqli
	}

	/**
	 * @param string $slug Campaign slug.
	 * @return array|null
	 */
	public function campaign_by_slug( $slug ) {
		global $wpdb;

		return $wpdb->get_row( $wpdb->prepare( "SELECT id, slug, title, goal_minor, currency FROM {$wpdb->prefix}givepath_campaigns WHERE slug = %s", $slug ), ARRAY_A ); // SAFE sqli
	}

	/**
	 * @param int $campaign_id Campaign id.
	 * @return int Total pledged, in minor units.
	 */
	public function total_pledged( $campaign_id ) {
		global $wpdb;

		$sql = $wpdb->prepare(
			"SELECT COALESCE(SUM(amount_minor), 0) FROM {$wpdb->prefix}givepath_donations WHERE campaign_id = %d AND status IN ('pledged', 'paid')",
			$campaign_id
		);

		return (int) $wpdb->get_var( $sql );
	}

	/**
	 * Records a pledge made through the widget before the donor is sent to checkout.
	 */
	public function record_pledge( $campaign_id, $name, $email, $amount_minor, $currency ) {
		global $wpdb;

		$wpdb->insert(
			$wpdb->prefix . 'givepath_donations',
			array(
				'campaign_id'  => (int) $campaign_id,
				'donor_name'   => $name,
				'donor_email'  => $email,
				'amount_minor' => (int) $amount_minor,
				'currency'     => $currency,
				'status'       => 'pledged',
				'created_at'   => current_time( 'mysql', true ),
			),
			array( '%d', '%s', '%s', '%d', '%s', '%s', '%s' )
		);

		return (int) $wpdb->insert_id;
	}
}
