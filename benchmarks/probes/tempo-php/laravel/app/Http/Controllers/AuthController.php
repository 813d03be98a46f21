<?php

namespace App\Http\Controllers;

use App\Mail\PasswordResetCode;
use App\Models\Student;
use App\Services\DirectoryService;
use App\Services\StaffTokenService;
use App\Support\ResetCodes;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Auth;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Hash;
use Illuminate\Support\Facades\Mail;

class AuthController extends Controller
{
    public function login(Request $request)
    {
        $credentials = $request->validate(['email' => ['required', 'email'], 'password' => ['required', 'string']]);

        if (! Auth::attempt($credentials, $request->boolean('remember'))) {
            return back()->withErrors(['email' => 'These credentials do not match our records.'])->onlyInput('email');
        }
        $request->session()->regenerate();

        return redirect()->away($request->input('next', '/students')); // VULN redirect
    }

    public function logout(Request $request)
    {
        Auth::logout();
        $request->session()->invalidate();

        $back = (string) $request->query('return', '/');
        if (! str_starts_with($back, '/') || str_starts_with($back, '//') || str_contains($back, '\\')) {
            $back = '/';
        }

        return redirect()->to($back); // SAFE redirect
    }

    public function staffLogin(Request $request, DirectoryService $directory, StaffTokenService $tokens): JsonResponse
    {
        $staff = $directory->authenticate((string) $request->input('username'), (string) $request->input('password'));
        if ($staff === null) {
            return response()->json(['error' => 'invalid_credentials'], 401);
        }

        return response()->json(['token' => $tokens->issueForStaff($staff), 'name' => $staff['name']]);
    }

    public function staffSession(Request $request, StaffTokenService $tokens): JsonResponse
    {
        $claims = $tokens->verify((string) $request->bearerToken());

        return response()->json(['name' => $claims['name'] ?? null, 'role' => $claims['role'] ?? null, 'expires' => $claims['exp'] ?? null]);
    }

    public function sendResetCode(Request $request): JsonResponse
    {
        $student = Student::where('email', (string) $request->input('email'))->first();

        if ($student !== null) {
            $code = ResetCodes::numeric(6);
            $token = ResetCodes::linkToken();
            Cache::put("reset:{$student->id}", Hash::make($code), now()->addMinutes(config('tempo.reset_code_ttl_minutes')));
            Cache::put("reset-link:{$token}", $student->id, now()->addMinutes(config('tempo.reset_code_ttl_minutes')));
            $link = url("/password/reset/{$token}");
            Mail::to($student->email)->queue(new PasswordResetCode($student, $code, $link));
        }

        return response()->json(['sent' => true]);
    }
}
