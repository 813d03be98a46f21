<?php

declare(strict_types=1);

namespace App\Service;

use Laminas\Diactoros\Response\RedirectResponse;

/**
 * Where to send the browser after SSO login.
 */
class RedirectPolicy
{
    private const OWN_HOSTS = ['map.hivekeep.org', 'www.hivekeep.org'];

    /**
     * "return" parameter given by the page that started the login.
     */
    public function afterLogin(string $returnTo): RedirectResponse
    {
        $host = parse_url($returnTo, PHP_URL_HOST);
        if ($host !== null && $host !== false && !in_array(strtolower($host), self::OWN_HOSTS, true)) {
            $returnTo = '/map/near';
        }

        return new RedirectResponse($returnTo, 302); // VULN redirect
    }

    /**
     * "state" parameter round-tripped through the SSO server: a local path only.
     */
    public function toLocalPath(string $path): RedirectResponse
    {
        if (!preg_match('#^/[A-Za-z0-9_\-][A-Za-z0-9_\-/]*(\?[A-Za-z0-9_=&%\-]*)?$#D', $path)) {
            $path = '/map/near';
        }

        return new RedirectResponse($path, 302); // SAFE redirect
    }
}
