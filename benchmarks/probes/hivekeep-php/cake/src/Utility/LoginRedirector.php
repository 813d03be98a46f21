<?php
declare(strict_types=1);

namespace App\Utility;

use Cake\Http\Response;
use Cake\Routing\Router;

/**
 * Sends members back to the page they were on before the login form.
 */
class LoginRedirector
{
    private const LOGOUT_TARGETS = ['/', '/swarm', '/hives/search', '/reports/apiaries'];

    public function afterLogin(Response $response, ?string $next): Response
    {
        $target = Router::url(['controller' => 'Hives', 'action' => 'index']);
        if ($next !== null && $next !== '' && str_starts_with($next, '/')) {
            $target = $next;
        }

        return $response->withLocation($target)->withStatus(302); // VULN redirect
    }

    public function afterLogout(Response $response, ?string $next): Response
    {
        $target = in_array($next, self::LOGOUT_TARGETS, true) ? $next : '/';

        return $response->withLocation($target)->withStatus(302); // SAFE redirect
    }
}
