<?php
declare(strict_types=1);

namespace App\Controller;

use App\Service\SwarmDispatchService;
use Cake\Event\EventInterface;

/**
 * Public swarm reporting form - no login required.
 *
 * @property \App\Model\Table\SwarmCallsTable $SwarmCalls
 */
class SwarmCallsController extends AppController
{
    public function beforeFilter(EventInterface $event): void
    {
        parent::beforeFilter($event);
        $this->viewBuilder()->setLayout('public');
    }

    public function add()
    {
        $call = $this->SwarmCalls->newEmptyEntity();

        if ($this->request->is('post')) {
            $form = [
                'reporter_name' => $this->request->getData('reporter_name'),
                'reporter_phone' => $this->request->getData('reporter_phone'),
                'postcode' => $this->request->getData('postcode'),
                'district' => $this->request->getData('district'),
                'height' => $this->request->getData('height'),
                'description' => $this->request->getData('description'),
                'photo_url' => $this->request->getData('photo_url'),
            ];

            $result = (new SwarmDispatchService())->report($form);
            if (!is_array($result)) {
                $this->set('confirmation', $result->confirmation_code);
                $this->set('call', $result);

                return $this->render('thanks');
            }
            $call = $this->SwarmCalls->newEntity($form);
            $this->Flash->error('Please check the highlighted fields.');
        }

        $this->set(compact('call'));
    }

    public function status()
    {
        $code = (string)$this->request->getQuery('code', '');
        $status = (new SwarmDispatchService())->status($code);

        $this->set(compact('code', 'status'));
        $this->viewBuilder()->setOption('serialize', ['status']);
    }

    public function view(string $id)
    {
        $this->requireMember();
        $call = $this->SwarmCalls->get((int)$id, contain: ['Collectors']);

        $this->set(compact('call'));
    }
}
