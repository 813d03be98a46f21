<?php

declare(strict_types=1);

namespace Lanternhill\UI;

use Nette\Application\UI\Presenter;

abstract class BasePresenter extends Presenter
{
	/** Roles allowed to use the presenter; empty = any signed-in user. */
	protected const REQUIRED_ROLES = [];

	protected function startup(): void
	{
		parent::startup();

		if (!$this->getUser()->isLoggedIn() && !$this->isPublicAction()) {
			$this->redirect('Sign:in', ['back' => $this->getHttpRequest()->getUrl()->getPath()]);
		}

		if (static::REQUIRED_ROLES !== [] && $this->getUser()->isLoggedIn()) {
			$allowed = array_filter(static::REQUIRED_ROLES, fn(string $role): bool => $this->getUser()->isInRole($role));
			if ($allowed === []) {
				$this->error('You do not have access to this section.', 403);
			}
		}
	}

	protected function isPublicAction(): bool
	{
		return false;
	}

	protected function beforeRender(): void
	{
		parent::beforeRender();
		$this->template->siteName = 'Lanternhill Community Theatre';
		$this->template->currentUser = $this->getUser()->isLoggedIn() ? $this->getUser()->getIdentity() : null;
	}

	protected function userId(): int
	{
		return (int) $this->getUser()->getId();
	}
}
