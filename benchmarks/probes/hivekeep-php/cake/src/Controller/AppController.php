<?php
declare(strict_types=1);

namespace App\Controller;

use Cake\Controller\Controller;
use Cake\Event\EventInterface;

class AppController extends Controller
{
    public function initialize(): void
    {
        parent::initialize();

        $this->loadComponent('Flash');
    }

    public function beforeRender(EventInterface $event): void
    {
        parent::beforeRender($event);
        $this->viewBuilder()->addHelper('Link');
        $this->set('currentMember', $this->request->getSession()->read('Member'));
    }

    protected function memberId(): ?int
    {
        $id = $this->request->getSession()->read('Member.id');

        return $id === null ? null : (int)$id;
    }

    protected function requireMember(): int
    {
        $id = $this->memberId();
        if ($id === null) {
            throw new \Cake\Http\Exception\UnauthorizedException('Please log in');
        }

        return $id;
    }
}
