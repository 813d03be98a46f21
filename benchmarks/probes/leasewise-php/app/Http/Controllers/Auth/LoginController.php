<?php

namespace App\Http\Controllers\Auth;

use App\Http\Controllers\Controller;
use App\Support\SafeRedirect;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Auth;

class LoginController extends Controller
{
    public function show(Request $request)
    {
        return view('auth.login', ['returnTo' => $request->query('return_to')]);
    }

    public function login(Request $request): RedirectResponse
    {
        $credentials = $request->validate([
            'email' => ['required', 'email'],
            'password' => ['required', 'string'],
        ]);

        if (! Auth::attempt($credentials, $request->boolean('remember'))) {
            return back()
                ->withErrors(['email' => 'These credentials do not match our records.'])
                ->onlyInput('email');
        }

        $request->session()->regenerate();

        $target = SafeRedirect::target($request->input('return_to'), route('dashboard'));

        return redirect()->to($target); // VULN redirect
    }

    public function logout(Request $request): RedirectResponse
    {
        Auth::logout();

        $request->session()->invalidate();
        $request->session()->regenerateToken();

        $destinations = config('leasewise.logout_destinations');
        $next = $request->input('next');
        $target = is_string($next) && isset($destinations[$next]) ? $destinations[$next] : route('login');

        return redirect()->away($target); // SAFE redirect
    }
}
