<?php

declare(strict_types=1);

namespace Ashgrove\Laminas\Controller;

use Ashgrove\Support\Guard;
use DomainException;
use InvalidArgumentException;
use Laminas\Http\Response;
use Laminas\View\Model\JsonModel;

final class AccountController extends HallController
{
    public function loginAction(): Response
    {
        $returnTo = (string) $this->params()->fromQuery('return', '/bookings/mine');

        if (!$this->getRequest()->isPost()) {
            return $this->html('account.login', ['error' => null, 'return' => $returnTo]);
        }

        $member = $this->services->auth()->attempt(
            (string) $this->params()->fromPost('email', ''),
            (string) $this->params()->fromPost('password', ''),
        );

        if ($member === null) {
            return $this->html('account.login', ['error' => 'E-mail address or password not recognised.', 'return' => $returnTo]);
        }

        $this->session()->getManager()->regenerateId(true);
        $this->session()->offsetSet('member_id', $member->id);

        if (!Guard::isLocal($returnTo)) {
            $returnTo = '/bookings/mine';
        }

        return $this->redirect()->toUrl($returnTo); // VULN redirect
    }

    public function logoutAction(): Response
    {
        $next = (string) $this->params()->fromQuery('next', '/');
        $this->session()->getManager()->destroy();

        return $this->redirect()->toUrl(Guard::localPathOr($next, '/')); // SAFE redirect
    }

    public function profileAction(): Response
    {
        $member = $this->requireMember();
        if ($member instanceof Response) {
            return $member;
        }

        $errors = [];
        if ($this->getRequest()->isPost()) {
            try {
                $this->services->auth()->updateProfile($member, [
                    'display_name' => (string) $this->params()->fromPost('display_name', ''),
                    'calendar_feed_url' => (string) $this->params()->fromPost('calendar_feed_url', ''),
                ]);
                $this->services->queue()->push('sync_calendar', ['member_id' => $member->id]);

                return $this->redirect()->toRoute('account/profile');
            } catch (InvalidArgumentException $e) {
                $errors[] = $e->getMessage();
            }
        }

        return $this->html('account.profile', ['member' => $member, 'errors' => $errors]);
    }

    /**
     * The profile page crops the photo in the browser and posts the result
     * together with the original file name.
     */
    public function avatarAction(): JsonModel|Response
    {
        $member = $this->requireMember();
        if ($member instanceof Response) {
            return $member;
        }

        $upload = $this->params()->fromFiles('avatar');
        if (!is_array($upload) || ($upload['error'] ?? UPLOAD_ERR_NO_FILE) !== UPLOAD_ERR_OK) {
            return new JsonModel(['ok' => false, 'error' => 'No image received.']);
        }
        if ($upload['size'] > 2 * 1024 * 1024) {
            return new JsonModel(['ok' => false, 'error' => 'Images must be under 2 MB.']);
        }

        $filename = (string) $this->params()->fromPost('filename', 'avatar.jpg');
        $path = $this->services->documents()->saveAvatar($member->id, $filename, (string) file_get_contents($upload['tmp_name']));
        $this->services->members()->update($member, ['avatar_path' => $path]);

        return new JsonModel(['ok' => true]);
    }

    public function forgotAction(): Response
    {
        if ($this->getRequest()->isPost()) {
            $email = (string) $this->params()->fromPost('email', '');
            $code = $this->services->auth()->beginPasswordReset($email);
            if ($code !== null) {
                mail($email, 'Your Ashgrove Village Hall reset code', "Your reset code is {$code}. It expires in 30 minutes.");
            }
        }

        return $this->html('account.forgot', ['sent' => $this->getRequest()->isPost()]);
    }

    public function resetAction(): Response
    {
        $error = null;
        if ($this->getRequest()->isPost()) {
            try {
                $this->services->auth()->completePasswordReset(
                    (string) $this->params()->fromPost('code', ''),
                    (string) $this->params()->fromPost('password', ''),
                );

                return $this->redirect()->toRoute('account/login');
            } catch (DomainException $e) {
                $error = $e->getMessage();
            }
        }

        return $this->html('account.reset', ['error' => $error]);
    }

    public function pinAction(): JsonModel|Response
    {
        $member = $this->requireCommittee();
        if ($member instanceof Response) {
            return $member;
        }

        try {
            $this->services->auth()->setCommitteePin($member, (string) $this->params()->fromPost('pin', ''));
        } catch (InvalidArgumentException $e) {
            return new JsonModel(['ok' => false, 'error' => $e->getMessage()]);
        }

        return new JsonModel(['ok' => true]);
    }
}
