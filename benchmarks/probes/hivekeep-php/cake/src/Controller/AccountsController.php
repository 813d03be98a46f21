<?php
declare(strict_types=1);

namespace App\Controller;

use App\Model\Table\MembersTable;
use App\Service\MemberDirectory;
use App\Utility\CodeGenerator;
use App\Utility\LoginRedirector;
use Cake\Mailer\Mailer;
use Cake\Routing\Router;

class AccountsController extends AppController
{
    protected MembersTable $Members;

    public function initialize(): void
    {
        parent::initialize();
        /** @var \App\Model\Table\MembersTable $members */
        $members = $this->fetchTable('Members');
        $this->Members = $members;
    }

    public function login()
    {
        if ($this->request->is('post')) {
            $username = strtolower(trim((string)$this->request->getData('username')));
            $member = $this->Members->findActiveByUsername($username);

            if ($member !== null && $member->checkPassword((string)$this->request->getData('password'))) {
                $this->request->getSession()->renew();
                $this->request->getSession()->write('Member', [
                    'id' => $member->id,
                    'username' => $member->username,
                    'name' => $member->display_name,
                ]);

                return (new LoginRedirector())->afterLogin($this->response, $this->request->getQuery('next'));
            }
            $this->Flash->error('Username or password not recognised.');
        }
    }

    public function logout()
    {
        $this->request->getSession()->destroy();

        return (new LoginRedirector())->afterLogout($this->response, $this->request->getQuery('next'));
    }

    public function requestReset()
    {
        if ($this->request->is('post')) {
            $email = (string)$this->request->getData('email');
            $member = $this->Members->find()->where(['email' => $email, 'active' => true])->first();
            if ($member !== null) {
                $token = (new CodeGenerator())->passwordResetToken();
                $member->set([
                    'reset_token' => $token,
                    'reset_expires' => new \DateTimeImmutable('+2 hours'),
                ], ['guard' => false]);
                $this->Members->save($member);

                (new Mailer('default'))
                    ->setTo($member->email)
                    ->setSubject('Hivekeep password reset')
                    ->deliver('Follow this link within two hours: '
                        . Router::url(['controller' => 'Accounts', 'action' => 'reset', $token], true));
            }
            $this->Flash->success('If that address is registered, a reset link is on its way.');
        }
    }

    public function apiKey()
    {
        $this->request->allowMethod(['post']);
        $memberId = $this->requireMember();
        $member = $this->Members->get($memberId);

        $key = (new CodeGenerator())->apiKey();
        $member->set('api_key_hash', hash('sha256', $key), ['guard' => false]);
        $this->Members->save($member);

        $this->set(compact('key'));
    }

    public function profile()
    {
        $memberId = $this->requireMember();
        $member = $this->Members->get($memberId);

        if ($this->request->is(['post', 'put'])) {
            $member = $this->Members->patchEntity($member, $this->request->getData(), [
                'fields' => ['display_name', 'mobile', 'notify_url'],
            ]);
            if ($this->Members->save($member)) {
                $this->Flash->success('Profile saved.');

                return $this->redirect(['action' => 'profile']);
            }
        }

        $this->set(compact('member'));
    }

    public function directory()
    {
        $this->requireMember();
        $directory = new MemberDirectory();

        $username = (string)$this->request->getQuery('username', '');
        $town = (string)$this->request->getQuery('town', '');

        $people = [];
        if ($username !== '') {
            $people = $directory->findByUsername($username);
        } elseif ($town !== '') {
            $people = $directory->findMentorsIn($town);
        }

        $this->set(compact('people', 'username', 'town'));
        $this->viewBuilder()->setOption('serialize', ['people']);
    }
}
