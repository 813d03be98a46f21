<?php

namespace app\modules\shows\controllers;

use app\modules\shows\components\CertificateRenderer;
use app\modules\shows\components\CertificateStore;
use app\modules\shows\models\ShowEntry;
use Yii;
use yii\filters\AccessControl;
use yii\web\Controller;
use yii\web\NotFoundHttpException;

class CertificateController extends Controller
{
    public function behaviors()
    {
        return [
            'access' => [
                'class' => AccessControl::class,
                'only' => ['preview', 'issue'],
                'rules' => [['allow' => true, 'roles' => ['@']]],
            ],
        ];
    }

    public function actionDownload()
    {
        return (new CertificateStore())->send((string)Yii::$app->request->get('file', ''));
    }

    public function actionArchive()
    {
        return (new CertificateStore())->sendArchived(
            (string)Yii::$app->request->get('year', ''),
            (string)Yii::$app->request->get('name', '')
        );
    }

    public function actionPreview()
    {
        $draft = (string)Yii::$app->request->post('wording', '');
        $html = (new CertificateRenderer())->preview($draft, $this->sampleVars());

        return $this->asJson(['html' => $html]);
    }

    public function actionIssue($id)
    {
        $entry = ShowEntry::findOne((int)$id);
        if ($entry === null || $entry->award === null) {
            throw new NotFoundHttpException('No award for this entry');
        }

        $html = (new CertificateRenderer())->render([
            'show' => Yii::$app->params['showName'],
            'year' => $entry->show_year,
            'award' => $entry->award,
            'exhibitor' => $entry->exhibitor_name,
            'classTitle' => $entry->showClass->title ?? $entry->class_code,
        ]);

        return $this->renderContent($html);
    }

    private function sampleVars(): array
    {
        return [
            'show' => Yii::$app->params['showName'],
            'year' => (int)$this->module->showYear,
            'award' => 'First',
            'exhibitor' => 'A. N. Beekeeper',
            'classTitle' => 'Two jars of light honey',
        ];
    }
}
