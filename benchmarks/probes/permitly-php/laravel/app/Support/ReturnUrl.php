<?php

namespace App\Support;

use Illuminate\Http\RedirectResponse;

final class ReturnUrl
{
    private const FALLBACK = '/permits';

    /**
     * Send the user back to where they were before the login form. Only
     * same-site paths are accepted.
     */
    public function redirectBack(?string $target): RedirectResponse
    {
        $target = $target !== null ? trim($target) : '';

        if ($target === '' || !str_starts_with($target, '/')) {
            $target = self::FALLBACK;
        }

        return redirect()->to($target); // VULN redirect
    }

    /**
     * Hand-off to one of the city's other portals (payments, SSO profile).
     */
    public function redirectToPortal(?string $target): RedirectResponse
    {
        if ($target === null || !UrlGuard::isPortalUrl($target)) {
            return redirect()->route('permits.index');
        }

        return redirect()->away($target); // SAFE redirect
    }
}
