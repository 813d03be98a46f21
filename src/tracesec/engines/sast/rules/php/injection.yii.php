<?php

namespace app\controllers;

use Yii;
use yii\web\Controller;
use yii\web\UploadedFile;

// Yii2: the request component's getters and cookie collection, action parameters bound from
// the query string, commands and query builders, the response's body and files
class ApiaryController extends Controller
{
    public function actionIndex()
    {
        // ruleid: trace.php.sql-injection.tainted-query
        $rows = Yii::$app->db->createCommand("SELECT * FROM apiary WHERE region = '" . Yii::$app->request->get('region') . "'")->queryAll();
        // ok: trace.php.sql-injection.tainted-query
        $bound = Yii::$app->db->createCommand('SELECT * FROM apiary WHERE region = :r', [':r' => Yii::$app->request->get('region')])->queryAll();
        // ruleid: trace.php.sql-injection.tainted-query
        $byCookie = Yii::$app->db->createCommand("SELECT * FROM apiary WHERE region = '" . Yii::$app->request->cookies->getValue('region') . "'")->queryAll();
        // ruleid: trace.php.sql-injection.tainted-query
        $byCookie2 = Yii::$app->db->createCommand("SELECT * FROM apiary WHERE region = '" . Yii::$app->request->getCookies()->getValue('region') . "'")->queryAll();
        // the cookies the response will set are the application's
        // ok: trace.php.sql-injection.tainted-query
        $own = Yii::$app->db->createCommand("SELECT * FROM apiary WHERE region = '" . Yii::$app->response->cookies->getValue('region') . "'")->queryAll();
        return $this->render('index', compact('rows', 'bound', 'byCookie', 'byCookie2', 'own'));
    }

    public function actionSearch()
    {
        $q = Yii::$app->request->get('q');
        // ruleid: trace.php.sql-injection.tainted-query
        $found = Apiary::find()->where("name LIKE '%" . $q . "%'")->all();
        // ok: trace.php.sql-injection.tainted-query
        $same = Apiary::find()->where(['like', 'name', $q])->all();
        // ruleid: trace.php.sql-injection.tainted-query
        $raw = Apiary::findBySql("SELECT * FROM apiary WHERE name = '" . $q . "'")->all();
        // ruleid: trace.php.sql-injection.tainted-query
        $built = (new \yii\db\Query())->from('apiary')->andWhere("owner = '" . $q . "'")->all();
        return $this->render('search', compact('found', 'same', 'raw', 'built'));
    }

    // action parameters are bound from the query string
    public function actionView($slug)
    {
        // ruleid: trace.php.command-injection.tainted-command
        shell_exec('hive-report ' . $slug);
        return $this->render('view');
    }

    public function actionHive($hiveId, int $year)
    {
        // ok: trace.php.command-injection.tainted-command
        shell_exec('hive-report --id ' . $hiveId . ' --year ' . $year);
        return $this->render('view');
    }

    public function beforeAction($action)
    {
        return parent::beforeAction($action);
    }

    public function actionUpload()
    {
        $file = UploadedFile::getInstanceByName('photo');
        // ruleid: trace.php.path-traversal.tainted-file-path
        $file->saveAs(Yii::getAlias('@webroot/photos/') . $file->name);
        // ruleid: trace.php.path-traversal.tainted-file-path
        file_put_contents(Yii::getAlias('@runtime/') . $file->baseName . '.txt', 'x');
        // PHP's temporary file
        // ok: trace.php.path-traversal.tainted-file-path
        copy($file->tempName, Yii::getAlias('@runtime/photo.bin'));
        // ok: trace.php.path-traversal.tainted-file-path
        $file->saveAs(Yii::getAlias('@webroot/photos/') . Yii::$app->security->generateRandomString() . '.jpg');
        return $this->asJson(['ok' => true]);
    }

    // a string an action returns is the HTML page
    public function actionGreet()
    {
        // ruleid: trace.php.xss.tainted-echo
        return '<h1>Welcome, ' . Yii::$app->request->get('name') . '</h1>';
    }

    public function actionGreetSafe()
    {
        // ok: trace.php.xss.tainted-echo
        return '<h1>Welcome, ' . \yii\helpers\Html::encode(Yii::$app->request->get('name')) . '</h1>';
    }

    public function actionBanner()
    {
        // ruleid: trace.php.xss.tainted-echo
        return $this->renderContent('<p>' . Yii::$app->request->get('text') . '</p>');
    }

    public function actionRaw()
    {
        // ruleid: trace.php.xss.tainted-echo
        Yii::$app->response->content = '<p>' . Yii::$app->request->get('text') . '</p>';
        return Yii::$app->response;
    }

    public function actionExport()
    {
        // ruleid: trace.php.path-traversal.tainted-file-path
        return Yii::$app->response->sendFile(Yii::getAlias('@runtime/exports/') . Yii::$app->request->get('file'));
    }

    public function actionExportFixed()
    {
        // ok: trace.php.path-traversal.tainted-file-path
        return Yii::$app->response->sendFile(Yii::getAlias('@runtime/exports/') . basename(Yii::$app->request->get('file')));
    }

    public function actionMirror()
    {
        // ruleid: trace.php.path-traversal.tainted-file-path
        return $this->response->xSendFile('/protected/' . Yii::$app->request->get('file'));
    }
}

// a model's own method is no action, and its parameters are the caller's
class ApiaryReport
{
    public function build($name)
    {
        // ok: trace.php.command-injection.tainted-command
        return shell_exec('hive-report ' . $name);
    }
}
