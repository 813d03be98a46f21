<?php

namespace App\Http\Controllers;

use App\Models\User;
use App\Services\TokenService;
use App\Support\ReturnUrl;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Auth;
use Illuminate\Support\Facades\Log;
use Illuminate\View\View;
use Throwable;

class AuthController
{
    public function __construct(
        private readonly ReturnUrl $returnUrls,
        private readonly TokenService $tokens,
    ) {
    }

    public function showLogin(Request $request): View
    {
        return view('auth.login', ['returnTo' => $request->query('return_to')]);
    }

    public function login(Request $request): RedirectResponse
    {
        $credentials = $request->validate([
            'email' => ['required', 'email'],
            'password' => ['required', 'string'],
        ]);

        if (!Auth::attempt($credentials, $request->boolean('remember'))) {
            return back()->withErrors(['email' => 'These credentials do not match our records.'])->onlyInput('email');
        }

        $request->session()->regenerate();

        return $this->returnUrls->redirectBack($request->input('return_to'));
    }

    public function logout(Request $request): RedirectResponse
    {
        Auth::logout();
        $request->session()->invalidate();
        $request->session()->regenerateToken();

        return $this->returnUrls->redirectToPortal($request->input('next'));
    }

    /**
     * The city's identity provider posts back a signed assertion.
     */
    public function ssoCallback(Request $request): RedirectResponse
    {
        try {
            $claims = $this->tokens->decodeSsoAssertion((string) $request->query('assertion'));
        } catch (Throwable $e) {
            Log::notice('SSO assertion rejected', ['error' => $e->getMessage()]);
            return redirect()->route('login')->withErrors(['email' => 'Single sign-on failed, please log in with your password.']);
        }

        $user = User::where('email', strtolower((string) $claims->email))->first();
        if ($user === null) {
            return redirect()->route('login')->withErrors(['email' => 'No Permitly account is linked to that city login.']);
        }

        Auth::login($user);
        $request->session()->regenerate();

        return $this->returnUrls->redirectBack($request->query('state'));
    }

    public function portal(Request $request): RedirectResponse
    {
        return $this->returnUrls->redirectToPortal($request->query('to'));
    }
}
