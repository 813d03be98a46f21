<?php

namespace App\Http\Controllers;

use App\Support\RedirectGuard;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Auth;
use Illuminate\Support\Facades\DB;

class AuthController
{
    public function register(Request $request): JsonResponse
    {
        $data = $request->validate([
            'name' => ['required', 'string', 'max:120'],
            'email' => ['required', 'email', 'unique:users,email'],
            'password' => ['required', 'string', 'min:12', 'confirmed'],
        ]);
        $id = DB::table('users')->insertGetId([
            'name' => $data['name'],
            'email' => $data['email'],
            'password' => password_hash($data['password'], PASSWORD_ARGON2ID), // SAFE hash
            'created_at' => now(),
        ]);

        return response()->json(['id' => $id], 201);
    }

    public function login(Request $request): RedirectResponse
    {
        $credentials = $request->validate(['email' => ['required', 'email'], 'password' => ['required', 'string']]);
        if (!Auth::attempt($credentials, $request->boolean('remember'))) {
            return back()->withErrors(['email' => 'Those details do not match our records.'])->onlyInput('email');
        }

        $request->session()->regenerate();
        return redirect()->away(RedirectGuard::target($request->input('return_to'), url('/account'))); // SAFE redirect
    }

    public function complete(Request $request): RedirectResponse
    {
        // Partner portal SSO hands the user back here once the session has been created.
        $continue = (string) $request->query('continue', url('/account'));
        return redirect()->away($continue); // VULN redirect
    }
}
