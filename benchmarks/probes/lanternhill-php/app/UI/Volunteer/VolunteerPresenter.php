<?php

declare(strict_types=1);

namespace Lanternhill\UI\Volunteer;

use Lanternhill\Model\Service\VolunteerService;
use Lanternhill\UI\BasePresenter;
use Nette\Application\UI\Form;

final class VolunteerPresenter extends BasePresenter
{
	public function __construct(
		private readonly VolunteerService $volunteers,
	) {
		parent::__construct();
	}

	public function renderShifts(?int $id = null): void
	{
		$production = (int) ($this->getParameter('production') ?? 0);
		$profile = $this->volunteers->profile($this->userId());
		if ($profile === null) {
			$this->error('No volunteer profile yet - please ask the volunteer coordinator.');
		}

		$this->template->volunteer = $profile;
		$this->template->upcoming = $this->volunteers->upcoming($this->userId());
		$this->template->open = $production > 0 ? $this->volunteers->openShiftsFor($this->userId(), $production) : [];
		$this->template->production = $production;
		$this->template->selected = $id;
		$this->template->isCoordinator = $this->getUser()->isInRole('coordinator');
		$this->template->venueId = (int) ($this->getParameter('venue') ?? 0);

		$this->getComponent('profileForm')->setDefaults([
			'roles' => $profile->preferred_roles,
			'bio' => $profile->bio,
			'website' => $profile->website,
		]);
	}

	/**
	 * Printable shift sheet for the front-of-house manager (JSON for the print app).
	 */
	public function actionSheet(): void
	{
		$ids = (array) ($this->getHttpRequest()->getQuery('shift') ?? []);
		$this->sendJson(['shifts' => $this->volunteers->shiftsById($ids)]);
	}

	/**
	 * Coordinators look a volunteer up in the shared arts-council directory
	 * before assigning them to a shift with children in the cast.
	 */
	public function actionLookup(): void
	{
		if (!$this->getUser()->isInRole('coordinator')) {
			$this->error('Coordinators only', 403);
		}

		$email = $this->getParameter('email');
		$name = $this->getParameter('name');
		$results = match (true) {
			is_string($email) && $email !== '' => $this->volunteers->searchDirectoryByEmail($email),
			is_string($name) && $name !== '' => $this->volunteers->searchDirectoryByName($name),
			default => [],
		};
		$this->sendJson(['results' => $results]);
	}

	public function handleSync(int $venue): void
	{
		if (!$this->getUser()->isInRole('coordinator')) {
			$this->error('Coordinators only', 403);
		}
		$this->volunteers->scheduleCalendarSync($venue);
		$this->flashMessage('Calendar sync queued.', 'info');
		$this->redirect('this');
	}

	protected function createComponentNoteForm(): Form
	{
		$form = new Form;
		$form->addHidden('shift')->addRule($form::Integer);
		$form->addTextArea('body', 'Handover note')->setRequired()->setMaxLength(1000);
		$form->addSubmit('save', 'Add note');
		$form->onSuccess[] = function (Form $form, \stdClass $values): void {
			$this->volunteers->addShiftNote((int) $values->shift, $this->userId(), $values->body);
			$this->redirect('this');
		};
		return $form;
	}

	protected function createComponentProfileForm(): Form
	{
		$form = new Form;
		$form->addText('roles', 'Preferred roles (comma separated)')
			->setHtmlAttribute('placeholder', implode(', ', VolunteerService::ROLES));
		$form->addTextArea('bio', 'A few words about you');
		$form->addText('website', 'Website')->setNullable()->addCondition($form::Filled)->addRule($form::URL);
		$form->addSubmit('save', 'Save profile');
		$form->onSuccess[] = function (Form $form, \stdClass $values): void {
			$this->volunteers->updateProfile($this->userId(), $values->roles, $values->bio, $values->website);
			$this->flashMessage('Profile saved.', 'success');
			$this->redirect('this');
		};
		return $form;
	}

	protected function createComponentCalendarForm(): Form
	{
		$form = new Form;
		$form->addText('url', 'Shared-stage calendar (iCal URL)')->setRequired();
		$form->addSubmit('save', 'Save and sync');
		$form->onSuccess[] = function (Form $form, \stdClass $values): void {
			if (!$this->getUser()->isInRole('coordinator')) {
				$this->error('Coordinators only', 403);
			}
			$venueId = (int) $this->getParameter('venue');
			$this->volunteers->setPartnerCalendar($venueId, $values->url);
			$this->volunteers->scheduleCalendarSync($venueId);
			$this->flashMessage('Calendar saved; the first sync is on its way.', 'success');
			$this->redirect('this');
		};
		return $form;
	}
}
