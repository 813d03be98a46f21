<?php

declare(strict_types=1);

namespace Lanternhill\Model\Service;

use Lanternhill\Messenger\ImportCostumeBundleMessage;
use Lanternhill\Model\Database\CostumeRepository;
use Lanternhill\Model\Dto\ThumbnailRequest;
use Nette\Database\Table\ActiveRow;
use Nette\Http\FileUpload;
use Symfony\Component\Messenger\MessageBusInterface;

final class CostumeService
{
	public const SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL', 'CHILD'];

	public function __construct(
		private readonly CostumeRepository $costumes,
		private readonly CostumeMediaStore $media,
		private readonly InventoryXmlReader $xml,
		private readonly MessageBusInterface $bus,
		private readonly string $bundleInbox = '/var/lib/lanternhill/bundle-inbox',
	) {
	}

	public function find(string $size, ?string $era): array
	{
		$size = strtoupper($size);
		if (!in_array($size, self::SIZES, true)) {
			$size = 'M';
		}
		return $this->costumes->bySize($size, $era)->fetchAll();
	}

	public function get(int $id): ?ActiveRow
	{
		return $this->costumes->get($id);
	}

	public function photos(int $id): array
	{
		return $this->costumes->photos($id)->fetchAll();
	}

	public function rackLocations(string $size, string $era): array
	{
		return [
			'bySize' => $size !== '' ? $this->xml->racksForSize($size) : [],
			'byEra' => $era !== '' ? $this->xml->racksForEra($era) : [],
		];
	}

	public function photo(string $file): string
	{
		return $this->media->readPhoto($file);
	}

	public function thumbnail(int $costumeId, string $photo, string $width, ?string $size): string
	{
		$request = new ThumbnailRequest($costumeId, $photo, $width, $size ?? ($width . 'x' . $width));
		return $this->media->thumbnail($request);
	}

	public function thumbnailBytes(string $file): string
	{
		return $this->media->readThumbnail($file);
	}

	public function addPhoto(int $costumeId, FileUpload $upload, int $userId): void
	{
		$name = $this->media->storeUpload($upload, $costumeId);
		$this->costumes->addPhoto($costumeId, $name, $userId);
	}

	public function importPhotoFromLibrary(int $costumeId, string $url, int $userId): void
	{
		$name = $this->media->importFromUrl($costumeId, trim($url));
		$this->costumes->addPhoto($costumeId, $name, $userId);
	}

	public function importSupplierCatalogue(FileUpload $upload, ?FileUpload $priceList): int
	{
		$items = $this->xml->parseSupplierCatalogue($upload->getContents() ?? '');
		$prices = $priceList !== null && $priceList->isOk() ? $this->xml->parsePriceList($priceList->getContents() ?? '') : [];

		foreach ($items as $item) {
			$this->costumes->upsertFromSupplier($item['sku'], [
				'name' => $item['name'],
				'size' => $item['size'],
				'era' => $item['era'],
				'weekly_rate' => $prices[$item['sku']] ?? $item['rental'],
				'source' => 'supplier',
			]);
		}
		return count($items);
	}

	public function queueBundle(int $costumeId, FileUpload $upload, string $kind, int $userId): void
	{
		if (!$upload->isOk() || strtolower(pathinfo($upload->getUntrustedName(), PATHINFO_EXTENSION)) !== 'zip') {
			throw new \InvalidArgumentException('Please upload a .zip archive.');
		}
		$stored = sprintf('%s/%d-%s.zip', $this->bundleInbox, $costumeId, bin2hex(random_bytes(8)));
		$upload->move($stored);
		$this->bus->dispatch(new ImportCostumeBundleMessage($costumeId, $stored, $kind === 'measurements' ? 'measurements' : 'photos', $userId));
	}
}
