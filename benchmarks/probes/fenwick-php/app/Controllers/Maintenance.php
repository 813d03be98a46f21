<?php

namespace App\Controllers;

use App\Libraries\BackupService;
use App\Libraries\RemoteImageFetcher;
use GuzzleHttp\Client;
use RuntimeException;

class Maintenance extends BaseController
{
    private function backups(): BackupService
    {
        return new BackupService('/bin/tar', WRITEPATH . 'backups', ROOTPATH . 'var');
    }

    public function backup()
    {
        try {
            $name = $this->backups()->create((string) $this->request->getPost('label'));
        } catch (RuntimeException $e) {
            return $this->response->setStatusCode(500)->setJSON(['error' => $e->getMessage()]);
        }

        return $this->response->setJSON(['archive' => $name, 'download' => site_url('maintenance/backup/download?name=' . rawurlencode($name))]);
    }

    public function downloadBackup()
    {
        $path = $this->backups()->pathFor((string) $this->request->getGet('name'));
        if ($path === null) {
            return $this->response->setStatusCode(404)->setBody('No such backup');
        }

        return $this->response->download($path, null); // SAFE path
    }

    public function importImage()
    {
        $url = trim((string) $this->request->getPost('image_url'));
        $cottageId = (int) $this->request->getPost('cottage_id');

        $fetcher = new RemoteImageFetcher(new Client(['allow_redirects' => true]), WRITEPATH . 'inventory');

        try {
            $stored = $fetcher->fetch($url, $cottageId);
        } catch (RuntimeException $e) {
            return $this->response->setStatusCode(422)->setJSON(['error' => $e->getMessage()]);
        }

        return $this->response->setJSON(['stored' => basename($stored)]);
    }
}
