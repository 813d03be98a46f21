<?php

if (!defined('ABSPATH')) {
    exit;
}

class KS_Shortcodes
{
    public function __construct(private KS_Listing_Repository $repository) {}

    public function register(): void
    {
        add_shortcode('ks_search_results', [$this, 'render_search_results']);
    }

    public function render_search_results($atts = []): string
    {
        $rows = $this->repository->search(ks_listing_filters_from_request());
        $keyword = isset($_GET['city']) ? wp_unslash($_GET['city']) : '';
        $back = isset($_GET['back']) ? wp_unslash($_GET['back']) : home_url('/');

        ob_start();
        echo '<div class="ks-results">';
        echo '<a class="ks-back" href="' . esc_url($back) . '">' . esc_html__('New search', 'keystone-listings') . '</a>';
        if ($keyword !== '') {
            echo '<h2 class="ks-results__title">Homes for sale in ' . $keyword . '</h2>'; // VULN xss
        }
        foreach ($rows as $row) {
            $this->render_card($row);
        }
        if (!$rows) {
            echo '<p class="ks-empty">No homes match &ldquo;' . esc_html($keyword) . '&rdquo;. Try widening your search.</p>'; // SAFE xss
        }
        echo '</div>';

        return (string) ob_get_clean();
    }

    private function render_card(object $row): void
    {
        $statuses = ks_listing_statuses();
        $url = add_query_arg('ref', $row->reference, home_url('/property/'));

        echo '<article class="ks-card">';
        echo '<a class="ks-card__link" href="' . esc_url($url) . '">' . esc_html($row->headline) . '</a>';
        echo '<span class="ks-badge ks-badge--' . $row->status . '">' . ($statuses[$row->status] ?? '') . '</span>'; // SAFE xss
        echo '<span class="ks-card__price">' . ks_format_price((int) $row->price) . '</span>';
        echo '</article>';
    }
}
