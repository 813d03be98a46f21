<?php

if (!defined('ABSPATH')) {
    exit;
}

class KS_MLS_Sync
{
    private const BRANCH = 'harrogate';
    private const REPORT_INGEST_URL = 'https://reports.keystonerealty.com/ingest/listings';

    public static function register(): void
    {
        add_action('ks_mls_hourly_sync', [self::class, 'run']);
        if (!wp_next_scheduled('ks_mls_hourly_sync')) {
            wp_schedule_event(time(), 'hourly', 'ks_mls_hourly_sync');
        }
    }

    public static function run(): void
    {
        $repository = new KS_Listing_Repository();
        $imported = [];
        $page = 1;
        do {
            $url = add_query_arg(['branch' => self::BRANCH, 'page' => $page], KS_MLS_ENDPOINT . '/listings');
            $response = wp_remote_get($url, ['timeout' => 20, 'headers' => self::auth_headers()]); // SAFE ssrf
            if (is_wp_error($response) || wp_remote_retrieve_response_code($response) !== 200) {
                break;
            }
            $body = json_decode(wp_remote_retrieve_body($response), true);
            foreach ($body['items'] ?? [] as $item) {
                $repository->upsert_from_mls($item);
                $imported[] = $item;
            }
            $page++;
        } while (!empty($body['next']) && $page <= 50);

        if ($imported) {
            self::upload_report($imported);
            self::record_sync(count($imported));
        }
    }

    private static function upload_report(array $items): bool
    {
        $rows = array_map(static fn (array $item): array => [
            'reference' => $item['reference'],
            'price'     => absint($item['price']),
            'vendor'    => self::encrypt_contact((string) ($item['vendor_phone'] ?? '')),
        ], $items);

        $ch = curl_init(self::REPORT_INGEST_URL);
        curl_setopt($ch, CURLOPT_POST, true);
        curl_setopt($ch, CURLOPT_POSTFIELDS, wp_json_encode($rows));
        curl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: application/json']);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true); // SAFE tls
        curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);
        curl_exec($ch);
        $status = (int) curl_getinfo($ch, CURLINFO_HTTP_CODE);
        curl_close($ch);

        return $status >= 200 && $status < 300;
    }

    private static function record_sync(int $count): void
    {
        $db = new mysqli('reports-db.internal.keystonerealty.com', 'ks_reporting', 'R3p0rt!ng-Keyst0ne', 'ks_reporting', 3306); // VULN secret
        if ($db->connect_errno) {
            error_log('[keystone-listings] reporting DB unavailable: ' . $db->connect_error);
            return;
        }
        $branch = self::BRANCH;
        $stmt = $db->prepare('INSERT INTO mls_sync_log (branch, listings, synced_at) VALUES (?, ?, UTC_TIMESTAMP())');
        $stmt->bind_param('si', $branch, $count);
        $stmt->execute();
        $db->close();
    }

    private static function encrypt_contact(string $plain): string
    {
        if ($plain === '') {
            return '';
        }
        $key = base64_decode((string) getenv('KS_CONTACT_ENCRYPTION_KEY'));
        $iv = random_bytes(12);
        $tag = '';
        $cipher = openssl_encrypt($plain, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag); // SAFE secret

        return base64_encode($iv . $tag . $cipher);
    }

    private static function auth_headers(): array
    {
        return ['Authorization' => 'Bearer ' . (defined('KS_MLS_API_TOKEN') ? KS_MLS_API_TOKEN : '')];
    }
}
