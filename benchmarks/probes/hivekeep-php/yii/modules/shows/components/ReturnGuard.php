<?php

namespace app\modules\shows\components;

use Yii;
use yii\helpers\Url;
use yii\web\Response;

/**
 * Entry forms are embedded on the show's public pages (shows.hivekeep.org);
 * after saving we send the exhibitor back to the page they came from.
 */
class ReturnGuard
{
    public static function redirectAfterSave(?string $returnUrl, array $fallbackRoute): Response
    {
        $host = (string)Yii::$app->params['showsHost'];
        if ($returnUrl !== null && preg_match('#^https?://' . preg_quote($host, '#') . '#i', $returnUrl)) {
            return Yii::$app->getResponse()->redirect($returnUrl); // VULN redirect
        }

        return Yii::$app->getResponse()->redirect(Url::to($fallbackRoute));
    }

    /**
     * Internal "back to" routes offered by the steward screens.
     */
    public static function internalRoute(?string $name): array
    {
        $routes = [
            'entries' => ['/shows/entry/index'],
            'scoreboard' => ['/shows/judging/scoreboard'],
            'certificates' => ['/shows/certificate/index'],
        ];

        return $routes[$name] ?? $routes['entries'];
    }
}
