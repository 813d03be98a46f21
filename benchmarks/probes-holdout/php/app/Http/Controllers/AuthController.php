<?php

namespace App\Http\Controllers;

use App\Models\User;
use App\Services\Support\UrlGuard;
use App\Services\TokenService;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Auth;
use Illuminate\Support\Str;
use Illuminate\View\View;
use RuntimeException;

class AuthController
{
    private const SWITCH_TARGETS = ['dogs.index', 'home', 'login'];

    public function showLogin(Request $request): View
    {
        return view('auth.login', ['returnTo' => (string) $request->query('return_to', '')]);
    }

    public function login(Request $request): RedirectResponse
    {
        $credentials = $request->validate([
            'email' => ['required', 'email'],
            'password' => ['required', 'string'],
        ]);

        if (!Auth::attempt($credentials, $request->boolean('remember'))) {
            return back()->withErrors(['email' => 'Those details do not match our records.'])->onlyInput('email');
        }

        $request->session()->regenerate();

        $returnTo = $request->input('return_to');
        if (UrlGuard::isLocalPath($returnTo)) {
            return redirect()->to($returnTo); // VULN redirect
        }

        return redirect()->route('dogs.index');
    }

    public function logout(Request $request): RedirectResponse
    {
        Auth::logout();
        $request->session()->invalidate();
        $request->session()->regenerateToken();

        $next = $request->input('next');
        if (UrlGuard::isSameOriginPath($next)) {
            return redirect()->to($next); // SAFE redirect
        }

        return redirect()->route('home');
    }

    /**
     * The society SSO posts members back here with an id_token.
     */
    public function ssoCallback(Request $request, TokenService $tokens): RedirectResponse
    {
        try {
            $claims = $tokens->ssoClaims((string) $request->query('id_token', ''));
        } catch (RuntimeException $e) {
            return redirect()->route('login')->withErrors(['email' => $e->getMessage()]);
        }

        $user = User::firstOrCreate(
            ['email' => strtolower((string) ($claims['email'] ?? ''))],
            [
                'name' => (string) ($claims['name'] ?? 'Member'),
                'password' => Str::password(32),
                'membership_number' => $claims['membership'] ?? null,
                'role' => 'exhibitor',
            ]
        );

        Auth::login($user);
        $request->session()->regenerate();

        return redirect()->route('dogs.index');
    }

    public function switchShow(Request $request): RedirectResponse
    {
        $request->session()->put('current_show', (int) $request->query('show'));

        return UrlGuard::toNamedRoute($request->query('then'), self::SWITCH_TARGETS, 'home');
    }
}
