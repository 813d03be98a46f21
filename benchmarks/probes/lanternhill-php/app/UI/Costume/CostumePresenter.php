<?php

declare(strict_types=1);

namespace Lanternhill\UI\Costume;

use Lanternhill\Model\Service\CostumeService;
use Lanternhill\UI\BasePresenter;
use Nette\Application\Responses\CallbackResponse;
use Nette\Application\UI\Form;
use Nette\Http\IRequest;
use Nette\Http\IResponse;

final class CostumePresenter extends BasePresenter
{
	protected const REQUIRED_ROLES = ['wardrobe', 'director', 'coordinator'];

	public function __construct(
		private readonly CostumeService $costumes,
	) {
		parent::__construct();
	}

	public function renderDefault(): void
	{
		$size = (string) ($this->getParameter('size') ?? 'M');
		$era = $this->getParameter('era');
		$era = is_string($era) && $era !== '' ? strtolower($era) : null;

		$this->template->size = $size;
		$this->template->era = $era;
		$this->template->costumes = $this->costumes->find($size, $era);
		$this->template->racks = $this->costumes->rackLocations($size, $era ?? '');
		$this->template->sizes = CostumeService::SIZES;
	}

	public function renderDetail(int $id): void
	{
		$costume = $this->costumes->get($id);
		if ($costume === null) {
			$this->error('Costume not found');
		}
		$this->template->costume = $costume;
		$this->template->photos = $this->costumes->photos($id);
	}

	public function actionPhoto(string $file): void
	{
		$bytes = $this->costumes->photo($file);
		$this->sendBytes($bytes, $this->guessType($file), 86400);
	}

	public function actionThumbnail(string $file): void
	{
		$costumeId = (int) $this->getParameter('costume');
		$width = (string) ($this->getParameter('w') ?? '320');
		$size = $this->getParameter('size');

		$cached = $this->costumes->thumbnail($costumeId, $file, $width, is_string($size) ? $size : null);
		$this->sendBytes($this->costumes->thumbnailBytes(basename($cached)), 'image/jpeg', 604800);
	}

	protected function createComponentUploadForm(): Form
	{
		$form = new Form;
		$form->addUpload('photo', 'Photo')->setRequired()->addRule($form::Image, 'Images only.');
		$form->addSubmit('upload', 'Upload');
		$form->onSuccess[] = function (Form $form, \stdClass $values): void {
			$this->costumes->addPhoto((int) $this->getParameter('id'), $values->photo, $this->userId());
			$this->redirect('this');
		};
		return $form;
	}

	protected function createComponentLibraryForm(): Form
	{
		$form = new Form;
		$form->addText('url', 'Media library link')->setRequired()
			->setHtmlAttribute('placeholder', 'https://media.lanternhill.org/…');
		$form->addSubmit('import', 'Import');
		$form->onSuccess[] = function (Form $form, \stdClass $values): void {
			try {
				$this->costumes->importPhotoFromLibrary((int) $this->getParameter('id'), $values->url, $this->userId());
			} catch (\InvalidArgumentException $e) {
				$form->addError($e->getMessage());
				return;
			}
			$this->redirect('this');
		};
		return $form;
	}

	protected function createComponentBundleForm(): Form
	{
		$form = new Form;
		$form->addUpload('archive', 'Zip archive')->setRequired();
		$form->addRadioList('kind', 'Contents', ['photos' => 'Photos', 'measurements' => 'Measurement sheets'])->setDefaultValue('photos');
		$form->addSubmit('send', 'Upload bundle');
		$form->onSuccess[] = function (Form $form, \stdClass $values): void {
			$this->costumes->queueBundle((int) $this->getParameter('id'), $values->archive, $values->kind, $this->userId());
			$this->flashMessage('Bundle received, it will be unpacked shortly.', 'info');
			$this->redirect('this');
		};
		return $form;
	}

	protected function createComponentCatalogueForm(): Form
	{
		$form = new Form;
		$form->addUpload('catalogue', 'Supplier catalogue (XML)')->setRequired();
		$form->addUpload('prices', 'Price list (XML, optional)');
		$form->addSubmit('import', 'Import catalogue');
		$form->onSuccess[] = function (Form $form, \stdClass $values): void {
			$count = $this->costumes->importSupplierCatalogue($values->catalogue, $values->prices);
			$this->flashMessage("$count items imported.", 'success');
			$this->redirect('default');
		};
		return $form;
	}

	private function sendBytes(string $bytes, string $type, int $maxAge): void
	{
		$this->sendResponse(new CallbackResponse(function (IRequest $request, IResponse $response) use ($bytes, $type, $maxAge): void {
			$response->setContentType($type);
			$response->setHeader('Cache-Control', 'private, max-age=' . $maxAge);
			$response->setHeader('X-Content-Type-Options', 'nosniff');
			echo $bytes;
		}));
	}

	private function guessType(string $file): string
	{
		return match (strtolower(pathinfo($file, PATHINFO_EXTENSION))) {
			'png' => 'image/png',
			'gif' => 'image/gif',
			'webp' => 'image/webp',
			default => 'image/jpeg',
		};
	}
}
