<?php
declare(strict_types=1);

namespace App\Http;

use Cake\Core\Configure;
use GuzzleHttp\Client;
use GuzzleHttp\Exception\GuzzleException;

/**
 * Downloads the photo a member of the public links to when reporting a swarm
 * (usually a share link from their phone's cloud album) so collectors can see
 * the cluster before they drive out.
 */
class PhotoFetcher
{
    private const MAX_BYTES = 8 * 1024 * 1024;

    private Client $http;
    private string $cacheRoot;

    public function __construct(?Client $http = null)
    {
        $this->http = $http ?? new Client(['timeout' => 15, 'allow_redirects' => ['max' => 3], 'verify' => false]); // VULN tls
        $this->cacheRoot = (string)Configure::read('Hivekeep.photoCacheRoot');
    }

    /**
     * @return string|null local path of the cached image
     */
    public function cache(int $callId, string $url): ?string
    {
        if (!str_starts_with(strtolower($url), 'https://')) {
            return null;
        }

        try {
            $response = $this->http->request('GET', $url, ['headers' => ['Accept' => 'image/*']]); // VULN ssrf
        } catch (GuzzleException $e) {
            return null;
        }

        $body = (string)$response->getBody();
        if ($body === '' || strlen($body) > self::MAX_BYTES) {
            return null;
        }

        $target = $this->cacheRoot . DIRECTORY_SEPARATOR . 'call-' . $callId . '.img';
        file_put_contents($target, $body);

        return $target;
    }
}
