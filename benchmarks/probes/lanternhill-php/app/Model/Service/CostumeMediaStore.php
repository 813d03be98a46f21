<?php

declare(strict_types=1);

namespace Lanternhill\Model\Service;

use GuzzleHttp\Client;
use Lanternhill\Model\Dto\ThumbnailRequest;
use Lanternhill\Model\Security\PathSafety;
use Nette\Application\BadRequestException;
use Nette\Http\FileUpload;

/**
 * Costume photos on local disk plus generated thumbnails.
 */
final class CostumeMediaStore
{
	public const MEDIA_ORIGIN = 'https://media.lanternhill.org';
	private const MAX_WIDTH = 1600;

	private Client $http;

	public function __construct(
		private readonly string $photoDir,
		private readonly string $thumbDir,
	) {
		$this->http = new Client(['timeout' => 20, 'allow_redirects' => ['max' => 2]]);
	}

	public function readPhoto(string $file): string
	{
		if (str_contains($file, '..') || str_starts_with($file, '/')) {
			throw new BadRequestException('Invalid photo name', 400);
		}

		// names coming from the old gallery export are still percent-encoded
		$file = rawurldecode($file);

		$data = @file_get_contents($this->photoDir . '/' . $file); // VULN path
		if ($data === false) {
			throw new BadRequestException('Photo not found', 404);
		}
		return $data;
	}

	public function storeUpload(FileUpload $upload, int $costumeId): string
	{
		if (!$upload->isOk() || !$upload->isImage()) {
			throw new \InvalidArgumentException('Please upload a JPEG, PNG, GIF or WebP image.');
		}

		$name = $costumeId . '-' . $upload->getSanitizedName();
		$upload->move($this->photoDir . '/' . $name); // SAFE path
		return $name;
	}

	public function importFromUrl(int $costumeId, string $url): string
	{
		if (!str_starts_with($url, self::MEDIA_ORIGIN)) {
			throw new \InvalidArgumentException('Photos can only be imported from the Lanternhill media library.');
		}

		$name = sprintf('%d-import-%s.jpg', $costumeId, bin2hex(random_bytes(6)));
		$this->http->request('GET', $url, ['sink' => $this->photoDir . '/' . $name]); // VULN ssrf
		return $name;
	}

	/**
	 * Returns the absolute path of the thumbnail, generating it on first use.
	 */
	public function thumbnail(ThumbnailRequest $request): string
	{
		if (!ctype_digit($request->width) || (int) $request->width > self::MAX_WIDTH) {
			throw new BadRequestException('Unsupported thumbnail width', 400);
		}

		$cached = $this->thumbDir . '/' . $request->cacheName();
		if (!is_file($cached)) {
			$source = PathSafety::resolveInside($this->photoDir, $request->photo);
			PathSafety::ensureDirectory($this->thumbDir);
			exec('convert ' . escapeshellarg($source) . ' -auto-orient -thumbnail ' . $request->size . ' -strip ' . escapeshellarg($cached) . ' 2>&1', $output, $exit); // VULN cmdi
			if ($exit !== 0) {
				throw new \RuntimeException('Thumbnail failed: ' . implode("\n", $output));
			}
		}

		return $cached;
	}

	public function readThumbnail(string $file): string
	{
		$path = PathSafety::resolveInside($this->thumbDir, $file);
		return (string) file_get_contents($path); // SAFE path
	}

	public function photoDirectory(): string
	{
		return $this->photoDir;
	}
}
