<?php

declare(strict_types=1);

namespace Ashgrove\Laminas\Controller;

use Ashgrove\Bootstrap\Services;
use Ashgrove\Model\Member;
use Laminas\Http\Response;
use Laminas\Mvc\Controller\AbstractActionController;
use Laminas\Session\Container;

/**
 * Shared plumbing for the hall booking controllers.
 */
abstract class HallController extends AbstractActionController
{
    protected Services $services;
    private ?Container $session = null;

    public function __construct(?Services $services = null)
    {
        $this->services = $services ?? Services::get();
    }

    protected function session(): Container
    {
        return $this->session ??= new Container('ashgrove');
    }

    protected function currentMember(): ?Member
    {
        $id = $this->session()->offsetGet('member_id');

        return $id ? $this->services->auth()->find((int) $id) : null;
    }

    protected function requireMember(): Member|Response
    {
        $member = $this->currentMember();
        if ($member === null) {
            return $this->redirect()->toRoute('account/login');
        }

        return $member;
    }

    protected function requireCommittee(): Member|Response
    {
        $member = $this->currentMember();
        if ($member === null || !$member->isCommittee()) {
            $response = $this->getResponse();
            $response->setStatusCode(403);
            $response->setContent('Committee members only.');

            return $response;
        }

        return $member;
    }

    protected function html(string $view, array $data = []): Response
    {
        $response = $this->getResponse();
        $response->getHeaders()->addHeaderLine('Content-Type', 'text/html; charset=UTF-8');
        $response->setContent($this->services->templates()->page($view, $data + [
            'currentMember' => $this->currentMember(),
        ]));

        return $response;
    }

    protected function notFound(): Response
    {
        $response = $this->getResponse();
        $response->setStatusCode(404);
        $response->setContent('Not found.');

        return $response;
    }

    protected function cookieValue(string $name): string
    {
        $cookie = $this->getRequest()->getCookie();
        if ($cookie === false || !$cookie->offsetExists($name)) {
            return '';
        }

        return (string) $cookie->offsetGet($name);
    }
}
