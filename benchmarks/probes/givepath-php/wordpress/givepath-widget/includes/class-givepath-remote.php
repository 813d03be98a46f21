<?php
/**
 * Calls out to the Givepath API and to pages shared in the widget.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

class Givepath_Remote {

	/**
	 * Campaign progress from the central platform, cached for a minute.
	 *
	 * @param string $slug Campaign slug.
	 * @return array|null
	 */
	public function fetch_progress( $slug ) {
		$cache_key = 'givepath_progress_' . md5( $slug );
		$cached    = get_transient( $cache_key );
		if ( false !== $cached ) {
			return $cached;
		}

		$response = wp_remote_get( GIVEPATH_API_BASE . '/widget/campaigns/' . rawurlencode( $slug ) . '/progress', array( 'timeout' => 4 ) ); // SAFE ssrf
		if ( is_wp_error( $response ) || 200 !== wp_remote_retrieve_response_code( $response ) ) {
			return null;
		}

		$data = json_decode( wp_remote_retrieve_body( $response ), true );
		if ( ! is_array( $data ) ) {
			return null;
		}

		set_transient( $cache_key, $data, MINUTE_IN_SECONDS );

		return $data;
	}

	/**
	 * Title and image for the "share your own page" preview card.
	 *
	 * @param string $url Page the supporter wants to share.
	 * @return array{title: string, image: string}
	 */
	public function fetch_preview( $url ) {
		$response = wp_remote_get( $url, array( 'timeout' => 5, 'redirection' => 2, 'user-agent' => 'GivepathPreview/1.0' ) ); // VULN ssrf
		if ( is_wp_error( $response ) ) {
			return array( 'title' => '', 'image' => '' );
		}

		$html  = (string) wp_remote_retrieve_body( $response );
		$title = '';
		$image = '';

		if ( preg_match( '/<meta[^>]+property=["\']og:title["\'][^>]+content=["\']([^"\']*)/i', $html, $m ) ) {
			$title = $m[1];
		} elseif ( preg_match( '/<title>(.*?)<\/title>/is', $html, $m ) ) {
			$title = trim( $m[1] );
		}

		if ( preg_match( '/<meta[^>]+property=["\']og:image["\'][^>]+content=["\']([^"\']*)/i', $html, $m ) ) {
			$image = $m[1];
		}

		return array(
			'title' => wp_strip_all_tags( html_entity_decode( $title ) ),
			'image' => esc_url_raw( $image ),
		);
	}
}
