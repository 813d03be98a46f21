<?php

namespace app\modules\shows\controllers;

use app\modules\shows\components\FilterState;
use app\modules\shows\components\ReturnGuard;
use app\modules\shows\jobs\LabelRenderJob;
use app\modules\shows\models\ShowEntry;
use Yii;
use yii\filters\VerbFilter;
use yii\web\Controller;
use yii\web\NotFoundHttpException;

class EntryController extends Controller
{
    public function behaviors()
    {
        return [
            'verbs' => [
                'class' => VerbFilter::class,
                'actions' => ['create' => ['GET', 'POST']],
            ],
        ];
    }

    public function actionIndex()
    {
        $year = (int)$this->module->showYear;
        $filter = FilterState::decode(Yii::$app->request->get('view'));

        $classCode = Yii::$app->request->get('class');
        $exhibitor = Yii::$app->request->get('exhibitor', $filter['exhibitor']);

        if ($classCode !== null && $classCode !== '') {
            $entries = ShowEntry::findByClass($year, (string)$classCode);
        } elseif ($exhibitor !== '') {
            $entries = ShowEntry::searchByExhibitor($year, (string)$exhibitor);
        } else {
            $entries = ShowEntry::find()->where(['show_year' => $year])->orderBy(['class_code' => SORT_ASC])->limit(200)->all();
        }

        return $this->render('index', [
            'entries' => $entries,
            'classCode' => $classCode,
            'exhibitor' => $exhibitor,
            'shareToken' => FilterState::encode(['exhibitor' => (string)$exhibitor, 'classes' => (array)$classCode]),
        ]);
    }

    public function actionView($id)
    {
        $entry = ShowEntry::findOne((int)$id);
        if ($entry === null) {
            throw new NotFoundHttpException('No such entry');
        }

        return $this->render('view', ['entry' => $entry]);
    }

    public function actionCreate()
    {
        $entry = new ShowEntry();
        $entry->show_year = (int)$this->module->showYear;

        if ($entry->load(Yii::$app->request->post()) && $entry->validate()) {
            $entry->exhibitor_number = (int)ShowEntry::find()->where(['show_year' => $entry->show_year])->max('exhibitor_number') + 1;
            $entry->issueCollectionTicket();
            $entry->save(false);

            Yii::$app->queue->push(new LabelRenderJob([
                'entryId' => $entry->id,
                'classCode' => $entry->class_code,
                'exhibitorNumber' => $entry->exhibitor_number,
                'labelText' => (string)$entry->label_text,
            ]));

            Yii::$app->session->setFlash('success', 'Entry received. Your collection ticket is ' . $entry->collection_ticket);

            return ReturnGuard::redirectAfterSave(Yii::$app->request->post('returnUrl'), ['view', 'id' => $entry->id]);
        }

        return $this->render('create', ['entry' => $entry]);
    }
}
