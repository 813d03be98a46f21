<?php
declare(strict_types=1);

namespace App\Controller;

use App\Service\HiveReportService;
use App\Service\LabelService;
use Cake\Http\Exception\BadRequestException;
use Cake\Http\Exception\ForbiddenException;

/**
 * @property \App\Model\Table\HivesTable $Hives
 */
class HivesController extends AppController
{
    public function index()
    {
        $apiary = (string)$this->request->getQuery('apiary', '');
        $hives = $apiary === '' ? [] : $this->Hives->findForApiary($apiary)->all();
        $statusCounts = $apiary === '' ? [] : $this->Hives->countByQueenStatus($apiary);

        $this->set(compact('apiary', 'hives', 'statusCounts'));
    }

    public function search()
    {
        $tag = (string)$this->request->getQuery('tag', '');
        $results = (new HiveReportService())->searchByTag($tag);

        $this->set(compact('tag', 'results'));
        $this->viewBuilder()->setOption('serialize', ['results']);
    }

    public function view(string $id)
    {
        $hive = $this->Hives->get((int)$id, contain: ['Members', 'Inspections']);
        $printers = (new LabelService())->printers();

        $this->set(compact('hive', 'printers'));
    }

    public function edit(string $id)
    {
        $memberId = $this->requireMember();
        $hive = $this->Hives->get((int)$id);
        if ($hive->member_id !== $memberId) {
            throw new ForbiddenException('Only the keeper may edit this hive');
        }

        if ($this->request->is(['post', 'put', 'patch'])) {
            $hive = $this->Hives->patchEntity($hive, $this->request->getData(), [
                'fields' => ['queen_status', 'queen_year', 'notes', 'supplier_url', 'website'],
            ]);
            if ($this->Hives->save($hive)) {
                $this->Flash->success('Hive record updated.');

                return $this->redirect(['action' => 'view', $hive->id]);
            }
            $this->Flash->error('Please correct the errors below.');
        }

        $this->set(compact('hive'));
    }

    public function label(string $id)
    {
        $this->request->allowMethod(['post']);
        $this->requireMember();
        $hive = $this->Hives->get((int)$id);
        $labels = new LabelService();

        $copies = (int)$this->request->getData('copies', 1);
        if ($copies < 1 || $copies > 20) {
            throw new BadRequestException('Between 1 and 20 labels per print run');
        }
        $printer = (string)$this->request->getData('printer', 'office-zebra');

        $file = $labels->render($hive, (int)$this->request->getData('size', 6));
        $output = $labels->print($file, $printer, $copies);

        $this->Flash->success('Label sent to ' . $printer . '. ' . trim($output));

        return $this->redirect(['action' => 'view', $hive->id]);
    }
}
