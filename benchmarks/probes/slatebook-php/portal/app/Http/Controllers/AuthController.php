<?php

namespace App\Http\Controllers;

use App\Mail\PasswordResetMail;
use App\Services\InviteCodeService;
use App\Services\TokenService;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Mail;

class AuthController extends Controller
{
    public function __construct(private TokenService $tokens, private InviteCodeService $invites) {}

    public function register(Request $request): JsonResponse
    {
        $data = $request->validate([
            'full_name'   => ['required', 'string', 'max:120'],
            'email'       => ['required', 'email', 'unique:parents,email'],
            'password'    => ['required', 'string', 'min:10'],
            'invite_code' => ['required', 'string', 'exists:guardian_invites,code'],
        ]);
        $invite = DB::table('guardian_invites')->where('code', $data['invite_code'])->whereNull('used_at')->firstOrFail();
        $parentId = DB::table('parents')->insertGetId([
            'full_name'     => $data['full_name'],
            'email'         => strtolower($data['email']),
            'password_hash' => password_hash($data['password'], PASSWORD_ARGON2ID), // SAFE hash
            'created_at'    => now(),
        ]);
        DB::table('guardian_invites')->where('id', $invite->id)->update(['used_at' => now(), 'guardian_id' => $parentId]);

        return response()->json(['token' => $this->tokens->issueParentToken($parentId, [$invite->student_id])], 201);
    }

    public function login(Request $request): JsonResponse
    {
        $parent = DB::table('parents')->where('email', strtolower((string) $request->input('email')))->first();
        if ($parent === null || !password_verify((string) $request->input('password'), $parent->password_hash)) {
            return response()->json(['error' => 'invalid_credentials'], 401);
        }
        $students = DB::table('student_guardians')->where('guardian_id', $parent->id)->pluck('student_id')->all();
        $token = $this->tokens->issueParentToken((int) $parent->id, $students);

        return response()->json(['token' => $token, 'students' => $students])
            ->cookie('slate_parent', $token, 60, '/', null, true, true, false, 'Lax');
    }

    public function refresh(Request $request): JsonResponse
    {
        try {
            $claims = $this->tokens->verify((string) $request->input('token'));
        } catch (\Throwable) {
            return response()->json(['error' => 'invalid_token'], 401);
        }

        return response()->json(['token' => $this->tokens->issueParentToken((int) $claims['sub'], (array) ($claims['students'] ?? []))]);
    }

    public function invite(Request $request, string $studentId): JsonResponse
    {
        $this->ensureGuardianOf($request, (int) $studentId);

        return response()->json(['code' => $this->invites->generateInviteCode((int) $studentId, $this->parentId($request))], 201);
    }

    public function forgot(Request $request): JsonResponse
    {
        $parent = DB::table('parents')->where('email', strtolower((string) $request->input('email')))->first();
        if ($parent !== null) {
            Mail::to($parent->email)->queue(new PasswordResetMail($parent->full_name, $this->invites->generateResetToken((int) $parent->id)));
        }

        return response()->json(['status' => 'If that address is registered, a reset link is on its way.']);
    }
}
