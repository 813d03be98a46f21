<?php

if (!defined('ABSPATH')) {
    exit;
}

class KS_Ajax
{
    public function __construct(private KS_Listing_Repository $repository) {}

    public function register(): void
    {
        foreach (['export_listings', 'format_value', 'download_document', 'download_floorplan', 'saved_searches'] as $action) {
            add_action('wp_ajax_ks_' . $action, [$this, $action]);
            add_action('wp_ajax_nopriv_ks_' . $action, [$this, $action]);
        }
        add_action('wp_ajax_ks_generate_brochure', [$this, 'generate_brochure']);
        add_action('admin_post_ks_import_photos', [$this, 'import_photos']);
    }

    public function export_listings(): void
    {
        $rows = array_map('get_object_vars', $this->repository->search(ks_listing_filters_from_request(), 200));
        $format = isset($_GET['format']) ? sanitize_key($_GET['format']) : 'csv';
        $formatters = ks_export_formatters();
        if (!isset($formatters[$format])) {
            wp_send_json_error(['message' => __('Unsupported export format.', 'keystone-listings')], 400);
        }

        $payload = call_user_func($formatters[$format], $rows); // SAFE code
        wp_send_json_success(['format' => $format, 'data' => $payload]);
    }

    public function format_value(): void
    {
        $formatter = isset($_REQUEST['formatter']) ? wp_unslash($_REQUEST['formatter']) : 'number_format_i18n';
        $value = isset($_REQUEST['value']) ? wp_unslash($_REQUEST['value']) : '';

        $formatted = call_user_func($formatter, $value); // VULN code
        wp_send_json_success(['value' => $formatted]);
    }

    public function generate_brochure(): void
    {
        check_ajax_referer('ks_brochure');
        $reference = isset($_POST['reference']) ? sanitize_text_field(wp_unslash($_POST['reference'])) : '';
        $paper = isset($_POST['paper']) ? sanitize_text_field(wp_unslash($_POST['paper'])) : 'A4';
        if (!$this->repository->find_by_reference($reference)) {
            wp_send_json_error(['message' => __('Unknown property.', 'keystone-listings')], 404);
        }

        $source = add_query_arg(['ref' => $reference, 'print' => 1], home_url('/property/'));
        $target = trailingslashit(KS_DOCUMENTS_DIR) . 'brochures/' . sanitize_file_name($reference) . '.pdf';
        exec('wkhtmltopdf --quiet --page-size ' . $paper . ' ' . escapeshellarg($source) . ' ' . escapeshellarg($target), $output, $status); // VULN cmdi
        if ($status !== 0) {
            wp_send_json_error(['message' => __('Brochure generation failed.', 'keystone-listings')], 500);
        }

        $info = (string) shell_exec('pdfinfo ' . escapeshellarg($target)); // SAFE cmdi
        preg_match('/^Pages:\s+(\d+)/m', $info, $pages);
        wp_send_json_success(['url' => content_url('uploads/keystone-documents/brochures/' . basename($target)), 'pages' => (int) ($pages[1] ?? 0)]);
    }

    public function download_document(): void
    {
        $file = isset($_GET['file']) ? wp_unslash($_GET['file']) : '';
        $path = KS_DOCUMENTS_DIR . '/' . $file;

        nocache_headers();
        header('Content-Type: application/pdf');
        header('Content-Disposition: attachment; filename="' . basename($path) . '"');
        readfile($path); // VULN path

        $real = realpath($path);
        if ($real === false || strpos($real, realpath(KS_DOCUMENTS_DIR)) !== 0) {
            error_log('[keystone-listings] document request outside store: ' . $file);
        }
        exit;
    }

    public function download_floorplan(): void
    {
        $name = isset($_GET['plan']) ? sanitize_file_name(wp_unslash($_GET['plan'])) : '';
        $base = realpath(KS_DOCUMENTS_DIR . '/floorplans');
        $path = $base !== false ? realpath($base . '/' . basename($name)) : false;
        if ($base === false || $path === false || strpos($path, $base . DIRECTORY_SEPARATOR) !== 0) {
            wp_die(esc_html__('Floorplan not found.', 'keystone-listings'), '', ['response' => 404]);
        }

        header('Content-Type: ' . (wp_check_filetype($path)['type'] ?: 'application/octet-stream'));
        readfile($path); // SAFE path
        exit;
    }

    public function saved_searches(): void
    {
        $saved = isset($_COOKIE['ks_saved_searches']) ? unserialize(base64_decode(wp_unslash($_COOKIE['ks_saved_searches']))) : []; // VULN deser
        $raw = isset($_COOKIE['ks_recently_viewed']) ? wp_unslash($_COOKIE['ks_recently_viewed']) : '';
        $recent = $raw !== '' ? unserialize($raw, ['allowed_classes' => false]) : []; // SAFE deser

        wp_send_json_success([
            'saved'  => is_array($saved) ? array_values($saved) : [],
            'recent' => is_array($recent) ? array_map('absint', $recent) : [],
        ]);
    }

    public function import_photos(): void
    {
        if (!current_user_can('edit_posts')) {
            wp_die('', '', ['response' => 403]);
        }
        check_admin_referer('ks_import_photos');

        $listing_id = isset($_POST['listing_id']) ? absint($_POST['listing_id']) : 0;
        $upload = $_FILES['archive'] ?? null;
        $zip = new ZipArchive();
        if (!$listing_id || !$upload || $upload['error'] !== UPLOAD_ERR_OK || $zip->open($upload['tmp_name']) !== true) {
            wp_die(esc_html__('Please choose a listing and a valid .zip file.', 'keystone-listings'));
        }
        for ($i = 0; $i < $zip->numFiles; $i++) {
            if (!ks_is_safe_archive_entry((string) $zip->getNameIndex($i))) {
                $zip->close();
                wp_die(esc_html__('The archive contains an invalid file path.', 'keystone-listings'), '', ['response' => 400]);
            }
        }

        $dest = trailingslashit(wp_upload_dir()['basedir']) . 'keystone-photos/' . $listing_id;
        wp_mkdir_p($dest);
        $zip->extractTo($dest); // SAFE zipslip
        $zip->close();

        wp_safe_redirect(admin_url('admin.php?page=ks-listings&imported=' . $listing_id));
        exit;
    }
}
