<?php
declare(strict_types=1);

namespace App\Utility;

use Cake\Http\Response;
use Cake\Routing\Router;

class LoginRedirector
{
    private const LOGOUT_TARGETS = ['/', '/swarm'];

    public function afterLogin(Response $response, \Cake\Http\ServerRequest $request): Response
    {
        $next = $request->getQuery('next');
        $target = Router::url(['controller' => 'Hives', 'action' => 'index']);
        if ($next !== null && str_starts_with($next, '/')) {
            $target = $next;
        }
        // ruleid: trace.php.open-redirect.tainted-redirect
        return $response->withLocation($target)->withStatus(302);
    }

    public function afterLogout(Response $response, \Cake\Http\ServerRequest $request): Response
    {
        $next = $request->getQuery('next');
        $target = in_array($next, self::LOGOUT_TARGETS, true) ? $next : '/';
        // ok: trace.php.open-redirect.tainted-redirect
        return $response->withLocation($target)->withStatus(302);
    }
}

class ReturnController extends \yii\web\Controller
{
    public function actionBack()
    {
        $url = \Yii::$app->request->get('back');
        // ruleid: trace.php.open-redirect.tainted-redirect
        return \Yii::$app->response->redirect($url);
    }

    public function actionAvatar()
    {
        $fetched = $this->fetcher->fetch(\Yii::$app->request->post('avatarUrl'));
        // ruleid: trace.php.open-redirect.tainted-redirect
        return $this->redirect(\Yii::$app->getRequest()->getQueryParam('back'));
    }
}
