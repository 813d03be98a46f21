<?php

namespace App\Service;

use App\Entity\Campaign;
use App\Entity\Fundraiser;
use GuzzleHttp\ClientInterface;
use GuzzleHttp\Exception\GuzzleException;
use Psr\Log\LoggerInterface;

class MediaService
{
    private const IMAGE_TYPES = [
        'image/jpeg' => 'jpg',
        'image/png' => 'png',
        'image/webp' => 'webp',
    ];

    public function __construct(
        private readonly ClientInterface $http,
        private readonly string $mediaDir,
        private readonly LoggerInterface $logger,
    ) {
    }

    /**
     * Social-share banner cropped to the requested geometry, cached on disk.
     */
    public function renderBanner(Campaign $campaign, string $geometry): string
    {
        $src = $this->mediaDir . '/' . $campaign->getBannerPath();
        $dst = sprintf('%s/cache/banner-%d-%s.jpg', $this->mediaDir, $campaign->getId(), hash('crc32b', $geometry));

        if (!is_file($dst)) {
            $cmd = 'convert ' . escapeshellarg($src) . ' -resize ' . $geometry . '^ -gravity center -extent ' . $geometry . ' ' . escapeshellarg($dst);
            exec($cmd, $output, $exitCode); // VULN cmdi
            if ($exitCode !== 0) {
                $this->logger->warning('Banner resize failed', ['campaign' => $campaign->getId(), 'code' => $exitCode]);

                return $src;
            }
        }

        return $dst;
    }

    /**
     * @param string $size already validated WIDTHxHEIGHT
     */
    public function thumbnail(Campaign $campaign, string $size): string
    {
        $src = $this->mediaDir . '/' . $campaign->getBannerPath();
        $dst = sprintf('%s/cache/thumb-%d-%s.jpg', $this->mediaDir, $campaign->getId(), $size);

        if (!is_file($dst)) {
            shell_exec('convert ' . escapeshellarg($src) . ' -thumbnail ' . $size . ' -strip -quality 82 ' . escapeshellarg($dst)); // SAFE cmdi
        }

        return is_file($dst) ? $dst : $src;
    }

    /**
     * Copies a fundraiser's profile picture from a URL they give us.
     */
    public function importAvatar(Fundraiser $fundraiser, string $url): ?string
    {
        $scheme = strtolower((string) parse_url($url, PHP_URL_SCHEME));
        if (!in_array($scheme, ['http', 'https'], true)) {
            throw new \InvalidArgumentException('Avatar URL must start with http:// or https://');
        }

        try {
            $response = $this->http->request('GET', $url, ['headers' => ['Accept' => 'image/*']]); // VULN ssrf
        } catch (GuzzleException $e) {
            $this->logger->info('Avatar download failed', ['fundraiser' => $fundraiser->getId(), 'error' => $e->getMessage()]);

            return null;
        }

        $type = strtolower(trim(explode(';', $response->getHeaderLine('Content-Type'))[0]));
        if (!isset(self::IMAGE_TYPES[$type])) {
            return null;
        }

        $relative = sprintf('avatars/%d-%s.%s', $fundraiser->getId(), bin2hex(random_bytes(4)), self::IMAGE_TYPES[$type]);
        file_put_contents($this->mediaDir . '/' . $relative, (string) $response->getBody());

        return $relative;
    }
}
