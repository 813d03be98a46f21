<?php

declare(strict_types=1);

namespace Lanternhill\Messenger;

use Lanternhill\Model\Database\CostumeRepository;
use Lanternhill\Model\Security\PathSafety;
use Psr\Log\LoggerInterface;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

/**
 * Unpacks a zip uploaded by a wardrobe volunteer:
 *  - "photos": every image becomes a costume photo,
 *  - "measurements": fitting sheets go to the costume's private folder.
 */
#[AsMessageHandler]
final class ImportCostumeBundleHandler
{
	private const IMAGE_EXT = ['jpg', 'jpeg', 'png', 'webp', 'gif'];

	public function __construct(
		private readonly string $bundleDir,
		private readonly CostumeRepository $costumes,
		private readonly LoggerInterface $logger,
	) {
	}

	public function __invoke(ImportCostumeBundleMessage $message): void
	{
		$zip = new \ZipArchive();
		if ($zip->open($message->archivePath, \ZipArchive::RDONLY) !== true) {
			$this->logger->error('Unreadable costume bundle', ['path' => $message->archivePath]);
			return;
		}

		try {
			$message->kind === 'measurements'
				? $this->extractMeasurements($zip, $message->costumeId)
				: $this->extractPhotos($zip, $message->costumeId, $message->uploadedBy);
		} finally {
			$zip->close();
			@unlink($message->archivePath);
		}
	}

	private function extractPhotos(\ZipArchive $zip, int $costumeId, int $userId): void
	{
		$target = sprintf('%s/photos/%d', $this->bundleDir, $costumeId);
		PathSafety::ensureDirectory($target);

		for ($i = 0; $i < $zip->numFiles; $i++) {
			$entry = (string) $zip->getNameIndex($i);
			if (str_ends_with($entry, '/') || str_starts_with($entry, '__MACOSX')) {
				continue;
			}

			$dir = dirname($target . '/' . $entry);
			PathSafety::ensureDirectory($dir);
			file_put_contents($target . '/' . $entry, $zip->getFromIndex($i)); // VULN zipslip

			if (in_array(strtolower(pathinfo($entry, PATHINFO_EXTENSION)), self::IMAGE_EXT, true)) {
				$this->costumes->addPhoto($costumeId, sprintf('bundles/%d/%s', $costumeId, $entry), $userId);
			}
		}
	}

	private function extractMeasurements(\ZipArchive $zip, int $costumeId): void
	{
		$target = sprintf('%s/measurements/%d', $this->bundleDir, $costumeId);
		PathSafety::ensureDirectory($target);

		for ($i = 0; $i < $zip->numFiles; $i++) {
			$relative = PathSafety::normalizeRelative((string) $zip->getNameIndex($i));
			if ($relative === null || str_ends_with((string) $zip->getNameIndex($i), '/')) {
				continue;
			}

			PathSafety::ensureDirectory(dirname($target . '/' . $relative));
			file_put_contents($target . '/' . $relative, $zip->getFromIndex($i)); // SAFE zipslip
		}
	}
}
