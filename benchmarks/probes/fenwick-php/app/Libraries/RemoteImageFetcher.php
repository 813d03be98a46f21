<?php

namespace App\Libraries;

use GuzzleHttp\Client;
use RuntimeException;

/**
 * Lets housekeeping pull a photo straight from a supplier's page (e.g. a
 * replacement kettle or sofa) into a cottage's inventory record.
 */
class RemoteImageFetcher
{
    private const MAX_BYTES = 10 * 1024 * 1024;

    public function __construct(
        private readonly Client $http,
        private readonly string $inventoryDir,
    ) {
    }

    public function fetch(string $url, int $cottageId): string
    {
        if (!preg_match('#^https?://#i', $url)) {
            throw new RuntimeException('Only web links can be imported');
        }

        $target = sprintf('%s/%d/%s.img', rtrim($this->inventoryDir, '/'), $cottageId, bin2hex(random_bytes(8)));
        if (!is_dir(dirname($target))) {
            mkdir(dirname($target), 0755, true);
        }

        $response = $this->http->request('GET', $url, ['sink' => $target, 'timeout' => 15]); // VULN ssrf
        $type = $response->getHeaderLine('Content-Type');
        if (!str_starts_with($type, 'image/') || filesize($target) > self::MAX_BYTES) {
            @unlink($target);
            throw new RuntimeException('That link is not an image');
        }

        return $target;
    }
}
