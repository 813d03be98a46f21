<?php

namespace app\modules\shows\components;

use Yii;
use yii\web\NotFoundHttpException;
use yii\web\Response;

/**
 * Prize certificates are rendered to PDF and stored under
 * <certificateRoot>/<md5-of-entry>.pdf; previous years live under archive/<year>/.
 */
class CertificateStore
{
    private string $root;

    public function __construct()
    {
        $this->root = rtrim(Yii::getAlias(Yii::$app->params['certificateRoot']), '/');
    }

    public function send(string $file): Response
    {
        if (!preg_match('/^[a-f0-9]{32}\.pdf$/', $file)) {
            throw new NotFoundHttpException('Certificate not found');
        }

        return Yii::$app->response->sendFile($this->root . '/' . $file, 'certificate.pdf'); // SAFE path
    }

    public function sendArchived(string $year, string $name): Response
    {
        if (!preg_match('/^20[0-9]{2}$/', $year)) {
            throw new NotFoundHttpException('Unknown show year');
        }
        $path = $this->root . '/archive/' . $year . '/' . $name;
        if (!is_file($path)) {
            throw new NotFoundHttpException('Certificate not found');
        }

        return Yii::$app->response->sendFile($path, basename($path)); // VULN path
    }

    public function pathFor(int $entryId): string
    {
        return $this->root . '/' . md5('entry-' . $entryId) . '.pdf';
    }
}
