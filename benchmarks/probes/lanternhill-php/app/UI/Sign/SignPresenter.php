<?php

declare(strict_types=1);

namespace Lanternhill\UI\Sign;

use Lanternhill\Model\Service\AccessTokenService;
use Lanternhill\Model\Service\ReturnUrlGuard;
use Lanternhill\UI\BasePresenter;
use Nette\Application\UI\Form;
use Nette\Security\AuthenticationException;

final class SignPresenter extends BasePresenter
{
	/** @persistent */
	public ?string $back = null;

	public function __construct(
		private readonly ReturnUrlGuard $returnUrls,
		private readonly AccessTokenService $tokens,
	) {
		parent::__construct();
	}

	protected function isPublicAction(): bool
	{
		return in_array($this->getAction(), ['in', 'out', 'partner'], true);
	}

	public function actionOut(): void
	{
		$this->getUser()->logout(true);
		$this->flashMessage('You have been signed out.', 'info');
		$this->redirectUrl($this->returnUrls->safeLocal($this->getParameter('back'))); // SAFE redirect
	}

	/**
	 * Partner venues sell our subscriptions and hand the buyer over with a
	 * signed assertion; we show the buyer their new subscription.
	 */
	public function actionPartner(): void
	{
		$assertion = (string) $this->getParameter('assertion');
		try {
			$claims = $this->tokens->verifyPartnerAssertion($assertion);
		} catch (\Throwable $e) {
			$this->error('Invalid hand-off from partner venue', 400);
		}

		$this->getSession('partnerHandoff')->set('subscription', (int) $claims->subscription_id);
		$this->getSession('partnerHandoff')->set('partner', (string) $claims->partner);
		$this->redirect('SeasonTicket:detail', ['id' => (int) $claims->subscription_id]);
	}

	public function actionKiosk(): void
	{
		if (!$this->getUser()->isInRole('box-office')) {
			$this->error('Kiosk tokens are for box office staff', 403);
		}
		$this->sendJson([
			'token' => $this->tokens->issueKioskToken($this->userId(), $this->getUser()->getRoles()),
		]);
	}

	protected function createComponentSignInForm(): Form
	{
		$form = new Form;
		$form->addEmail('email', 'E-mail')->setRequired();
		$form->addPassword('password', 'Password')->setRequired();
		$form->addCheckbox('remember', 'Keep me signed in on this device');
		$form->addSubmit('send', 'Sign in');
		$form->onSuccess[] = [$this, 'signInSucceeded'];
		return $form;
	}

	public function signInSucceeded(Form $form, \stdClass $values): void
	{
		try {
			$this->getUser()->setExpiration($values->remember ? '14 days' : '30 minutes');
			$this->getUser()->login($values->email, $values->password);
		} catch (AuthenticationException $e) {
			$form->addError($e->getMessage());
			return;
		}

		$back = $this->getParameter('back');
		if ($this->returnUrls->isLocal($back)) {
			$this->redirectUrl($back); // VULN redirect
		}
		$this->redirect('SeasonTicket:default', ['season' => 0]);
	}
}
