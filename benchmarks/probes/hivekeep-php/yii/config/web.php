<?php

$params = require __DIR__ . '/params.php';

return [
    'id' => 'hivekeep-shows',
    'basePath' => dirname(__DIR__),
    'bootstrap' => ['log', 'queue'],
    'aliases' => [
        '@bower' => '@vendor/bower-asset',
        '@npm' => '@vendor/npm-asset',
        '@certificates' => '@app/runtime/certificates',
    ],
    'modules' => [
        'shows' => [
            'class' => 'app\modules\shows\Module',
        ],
    ],
    'components' => [
        'request' => [
            'cookieValidationKey' => getenv('YII_COOKIE_KEY'),
        ],
        'db' => [
            'class' => 'yii\db\Connection',
            'dsn' => getenv('SHOWS_DB_DSN') ?: 'mysql:host=localhost;dbname=hivekeep_shows',
            'username' => getenv('SHOWS_DB_USER') ?: 'shows',
            'password' => getenv('SHOWS_DB_PASSWORD'),
            'charset' => 'utf8mb4',
        ],
        'queue' => [
            'class' => \yii\queue\db\Queue::class,
            'db' => 'db',
            'tableName' => '{{%queue}}',
            'channel' => 'shows',
            'mutex' => \yii\mutex\MysqlMutex::class,
        ],
        'user' => [
            'identityClass' => 'app\modules\shows\models\Judge',
            'enableAutoLogin' => true,
        ],
        'cache' => [
            'class' => 'yii\caching\FileCache',
        ],
        'log' => [
            'traceLevel' => YII_DEBUG ? 3 : 0,
            'targets' => [
                ['class' => 'yii\log\FileTarget', 'levels' => ['error', 'warning']],
            ],
        ],
        'urlManager' => [
            'enablePrettyUrl' => true,
            'showScriptName' => false,
        ],
    ],
    'params' => $params,
];
