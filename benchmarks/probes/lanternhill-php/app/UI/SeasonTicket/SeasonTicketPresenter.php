<?php

declare(strict_types=1);

namespace Lanternhill\UI\SeasonTicket;

use Lanternhill\Model\Database\PatronRepository;
use Lanternhill\Model\Dto\TicketQuery;
use Lanternhill\Model\Service\AccessTokenService;
use Lanternhill\Model\Service\TicketService;
use Lanternhill\UI\BasePresenter;
use Nette\Application\UI\Form;

final class SeasonTicketPresenter extends BasePresenter
{
	public const PAPER_SIZES = ['A4', 'A5', 'Letter', 'Legal'];

	public function __construct(
		private readonly TicketService $tickets,
		private readonly AccessTokenService $tokens,
		private readonly PatronRepository $patrons,
	) {
		parent::__construct();
	}

	public function renderDefault(int $season): void
	{
		if (!$this->getUser()->isInRole('box-office')) {
			$this->error('Box office staff only.', 403);
		}

		$query = TicketQuery::fromRequest($season, [
			'status' => $this->getParameter('status'),
			'sort' => $this->getParameter('sort'),
			'dir' => $this->getParameter('dir'),
			'page' => $this->getParameter('page'),
		]);

		$listing = $this->tickets->listing($query);
		$this->template->season = $season;
		$this->template->query = $query;
		$this->template->rows = $listing['rows'];
		$this->template->counts = $listing['counts'];
	}

	public function renderDetail(int $id): void
	{
		$ticket = $this->tickets->detail($id);
		if ($ticket === null) {
			$this->error('Ticket not found');
		}
		if ((int) $ticket->patron_id !== $this->userId() && !$this->getUser()->isInRole('box-office')) {
			$this->error('Not your ticket', 403);
		}
		$this->template->ticket = $ticket;
		$this->getComponent('noteForm')->setDefaults(['note' => $ticket->holder_note]);
	}

	public function actionTransfer(int $id): void
	{
		try {
			$code = $this->tickets->startTransfer($id, $this->userId());
		} catch (\DomainException $e) {
			$this->flashMessage($e->getMessage(), 'error');
			$this->redirect('detail', ['id' => $id]);
		}
		$this->flashMessage("Share this code with your friend: $code (valid " . TicketService::TRANSFER_VALID_DAYS . ' days)', 'success');
		$this->redirect('detail', ['id' => $id]);
	}

	public function actionProgram(int $production): void
	{
		if (!$this->getUser()->isInRole('box-office')) {
			$this->error('Box office staff only.', 403);
		}

		$paper = (string) ($this->getParameter('paper') ?? 'A5');
		$copies = (int) ($this->getParameter('copies') ?? 1);
		$this->tickets->requestProgram($production, $paper, $copies, $this->userId());

		$this->flashMessage('The programme is being rendered; you will find it under Downloads in a minute.', 'info');
		$this->redirect('default', ['season' => (int) $this->getParameter('season')]);
	}

	public function actionWallet(): void
	{
		$token = $this->tokens->newWalletToken();
		$this->patrons->storeApiToken($this->userId(), hash('sha256', $token), new \DateTimeImmutable('+1 year'));
		$this->sendJson(['token' => $token]);
	}

	public function renderContact(): void
	{
		$patron = $this->patrons->get($this->userId());
		if ($patron === null) {
			$this->error('Patron record missing');
		}
		$this->getComponent('contactForm')->setDefaults($patron->toArray());
	}

	protected function createComponentContactForm(): Form
	{
		$form = new Form;
		$form->addText('first_name', 'First name')->setRequired()->setMaxLength(80);
		$form->addText('last_name', 'Last name')->setRequired()->setMaxLength(80);
		$form->addText('phone', 'Phone')->setNullable()->setMaxLength(30);
		$form->addText('website', 'Website or social profile')->setNullable()->setMaxLength(255);
		$form->addSubmit('save', 'Save my details');
		$form->onSuccess[] = function (Form $form, \stdClass $values): void {
			$this->patrons->updateContact($this->userId(), trim($values->first_name), trim($values->last_name), $values->phone, $values->website);
			$this->flashMessage('Your details were updated.', 'success');
			$this->redirect('this');
		};
		return $form;
	}

	protected function createComponentNoteForm(): Form
	{
		$form = new Form;
		$form->addTextArea('note', 'Note for the usher (wheelchair, hearing loop, dedications)')
			->setMaxLength(2000);
		$form->addSubmit('save', 'Save note');
		$form->onSuccess[] = function (Form $form, \stdClass $values): void {
			$id = (int) $this->getParameter('id');
			$this->tickets->updateHolderNote($id, $this->userId(), $values->note);
			$this->flashMessage('Saved.', 'success');
			$this->redirect('this');
		};
		return $form;
	}
}
