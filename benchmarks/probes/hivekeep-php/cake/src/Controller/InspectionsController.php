<?php
declare(strict_types=1);

namespace App\Controller;

use App\Service\InspectionImportService;
use App\Utility\PhotoStore;
use Cake\Http\Exception\BadRequestException;
use Psr\Http\Message\UploadedFileInterface;

/**
 * @property \App\Model\Table\InspectionsTable $Inspections
 */
class InspectionsController extends AppController
{
    public function photo()
    {
        $this->requireMember();
        $ref = (string)$this->request->getQuery('file', '');
        [$bytes, $mime] = (new PhotoStore())->read($ref);

        return $this->response
            ->withType($mime)
            ->withHeader('Cache-Control', 'private, max-age=3600')
            ->withStringBody($bytes);
    }

    public function thumbnail()
    {
        $this->requireMember();
        [$bytes, $mime] = (new PhotoStore())->thumbnail(
            (string)$this->request->getQuery('apiary', ''),
            (string)$this->request->getQuery('file', '')
        );

        return $this->response->withType($mime)->withStringBody($bytes);
    }

    public function import()
    {
        $this->request->allowMethod(['post']);
        $this->requireMember();

        $hiveId = (int)$this->request->getData('hive_id');
        $upload = $this->request->getData('archive');
        if (!$upload instanceof UploadedFileInterface || $upload->getError() !== UPLOAD_ERR_OK) {
            throw new BadRequestException('Please attach the HiveNotes export (.zip)');
        }

        $tmp = tempnam(sys_get_temp_dir(), 'hk-import-');
        $upload->moveTo($tmp);

        try {
            $count = (new InspectionImportService())->importArchive($hiveId, $tmp);
        } finally {
            @unlink($tmp);
        }

        $this->Flash->success(sprintf('%d inspections imported.', $count));

        return $this->redirect(['controller' => 'Hives', 'action' => 'view', $hiveId]);
    }
}
