<?php

namespace app\modules\shows\controllers;

use app\modules\shows\components\AvatarFetcher;
use app\modules\shows\components\JudgeRoster;
use app\modules\shows\components\ReturnGuard;
use app\modules\shows\components\ScoreboardCache;
use app\modules\shows\components\ScoringEngine;
use app\modules\shows\jobs\ResultsPublishJob;
use app\modules\shows\models\Judge;
use app\modules\shows\models\ShowClass;
use app\modules\shows\models\ShowEntry;
use Yii;
use yii\filters\AccessControl;
use yii\web\Controller;
use yii\web\ForbiddenHttpException;
use yii\web\NotFoundHttpException;

class JudgingController extends Controller
{
    public function behaviors()
    {
        return [
            'access' => [
                'class' => AccessControl::class,
                'except' => ['scoreboard'],
                'rules' => [['allow' => true, 'roles' => ['@']]],
            ],
        ];
    }

    /**
     * Secretary edits the schedule class, including its scoring formula.
     */
    public function actionClass($code)
    {
        $this->requireSteward();
        $class = ShowClass::findOne(['show_year' => $this->module->showYear, 'code' => (string)$code]);
        if ($class === null) {
            throw new NotFoundHttpException('Unknown class');
        }

        if ($class->load(Yii::$app->request->post()) && $class->save()) {
            Yii::$app->session->setFlash('success', 'Class ' . $class->code . ' updated.');

            return $this->redirect(ReturnGuard::internalRoute(Yii::$app->request->post('back'))); // SAFE redirect
        }

        return $this->render('class', ['class' => $class]);
    }

    /**
     * Judge's tablet posts the marks for one entry.
     */
    public function actionScore($id)
    {
        $entry = ShowEntry::findOne((int)$id);
        if ($entry === null) {
            throw new NotFoundHttpException('No such entry');
        }
        $class = $entry->showClass;
        $marks = array_map('floatval', array_intersect_key(
            (array)Yii::$app->request->post('marks', []),
            array_flip(ShowClass::CRITERIA)
        ));

        $engine = new ScoringEngine();
        $entry->points = (int)round($engine->score($class->scoring_formula, $marks));
        $entry->award = $engine->award($entry->points, (int)$class->max_points);
        $entry->save(false);

        if (Yii::$app->request->post('classComplete')) {
            Yii::$app->queue->push(new ResultsPublishJob([
                'showYear' => (int)$entry->show_year,
                'classCode' => $entry->class_code,
            ]));
        }

        return $this->asJson(['points' => $entry->points, 'award' => $entry->award]);
    }

    public function actionRoster()
    {
        $roster = new JudgeRoster();
        $name = (string)Yii::$app->request->get('name', '');
        $panel = (string)Yii::$app->request->get('panel', '');

        $judges = $name !== '' ? $roster->findByName($name) : $roster->findByPanel($panel);

        return $this->asJson($judges);
    }

    public function actionAvatar()
    {
        /** @var Judge $judge */
        $judge = Yii::$app->user->identity;
        $url = trim((string)Yii::$app->request->post('avatarUrl', ''));
        if ($url === '') {
            return $this->asJson(['ok' => false]);
        }

        $judge->avatar_path = (new AvatarFetcher())->fetch((int)$judge->id, $url);
        $judge->save(false, ['avatar_path']);

        return $this->asJson(['ok' => true, 'path' => $judge->avatar_path]);
    }

    public function actionScoreboard()
    {
        $year = (int)$this->module->showYear;
        $cache = new ScoreboardCache();
        $rows = $cache->load($year);
        if ($rows === null) {
            $rows = ShowEntry::find()
                ->select(['class_code', 'exhibitor_number', 'exhibitor_name', 'points', 'award'])
                ->where(['show_year' => $year])
                ->andWhere(['not', ['award' => null]])
                ->orderBy(['class_code' => SORT_ASC, 'points' => SORT_DESC])
                ->asArray()
                ->all();
            $cache->store($year, $rows);
        }

        return $this->render('scoreboard', ['rows' => $rows, 'year' => $year]);
    }

    private function requireSteward(): void
    {
        /** @var Judge|null $judge */
        $judge = Yii::$app->user->identity;
        if ($judge === null || !$judge->isSteward()) {
            throw new ForbiddenHttpException('Stewards only');
        }
    }
}
