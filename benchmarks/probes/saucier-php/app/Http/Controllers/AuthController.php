<?php

namespace App\Http\Controllers;

use App\Mail\PasswordResetCode;
use App\Models\User;
use App\Services\DirectoryService;
use App\Services\TokenService;
use App\Support\UrlPolicy;
use Illuminate\Http\Request;
use Illuminate\Support\Carbon;
use Illuminate\Support\Facades\Auth;
use Illuminate\Support\Facades\Mail;
use Illuminate\Validation\Rules\Password;

class AuthController extends Controller
{
    public function __construct(
        private DirectoryService $directory,
        private TokenService $tokens,
    ) {
    }

    public function login(Request $request)
    {
        $credentials = $request->validate([
            'email' => ['required', 'email'],
            'password' => ['required', 'string'],
        ]);

        if (!Auth::attempt($credentials, $request->boolean('remember'))) {
            return back()->withErrors(['email' => 'These credentials do not match our records.'])->onlyInput('email');
        }

        $request->session()->regenerate();

        $next = (string) $request->input('next', '/');
        if (str_starts_with($next, '/')) {
            return redirect()->away($next); // VULN redirect
        }

        return redirect()->route('home');
    }

    public function logout(Request $request)
    {
        Auth::logout();
        $request->session()->invalidate();
        $request->session()->regenerateToken();

        return redirect()->away(config('services.redirects.marketing_url')); // SAFE redirect
    }

    public function ssoCallback(Request $request)
    {
        $target = UrlPolicy::safeReturnUrl($request->query('return_to'), route('home'));

        return redirect()->away($target); // SAFE redirect
    }

    public function staffLogin(Request $request)
    {
        $request->validate(['username' => 'required|string|max:64', 'password' => 'required|string']);

        $staff = $this->directory->authenticate($request->input('username'), $request->input('password'));
        if ($staff === null) {
            return back()->withErrors(['username' => 'Unknown staff account.']);
        }

        $request->session()->put('staff', $staff);

        return redirect('/backoffice');
    }

    public function staffLookup(Request $request)
    {
        $request->validate(['email' => 'required|string|max:120']);

        return response()->json($this->directory->findByEmail($request->query('email')));
    }

    public function register(Request $request)
    {
        $data = $request->validate([
            'name' => ['required', 'string', 'max:80'],
            'email' => ['required', 'email', 'unique:users,email'],
            'password' => ['required', 'confirmed', Password::min(10)],
        ]);

        $user = User::create([
            'name' => $data['name'],
            'email' => strtolower($data['email']),
            'password' => password_hash($data['password'], PASSWORD_ARGON2ID), // SAFE hash
        ]);

        Auth::login($user);

        return redirect()->route('home')->with('status', 'Welcome to Saucier!');
    }

    public function forgotPassword(Request $request)
    {
        $request->validate(['email' => ['required', 'email']]);

        $user = User::where('email', strtolower($request->input('email')))->first();
        if ($user !== null) {
            $code = $this->tokens->resetToken();
            $user->forceFill([
                'reset_token' => hash('sha256', $code),
                'reset_expires_at' => Carbon::now()->addMinutes(30),
            ])->save();
            Mail::to($user)->queue(new PasswordResetCode($code));
        }

        return back()->with('status', 'If that address is registered, a reset code is on its way.');
    }

    public function issueApiKey(Request $request)
    {
        $key = $this->tokens->apiKey();
        $request->user()->apiKeys()->create([
            'label' => $request->input('label', 'Default'),
            'key_hash' => hash('sha256', $key),
        ]);

        return response()->json(['key' => $key], 201);
    }
}
