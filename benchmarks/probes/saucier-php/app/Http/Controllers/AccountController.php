<?php

namespace App\Http\Controllers;

use App\Models\Recipe;
use App\Models\User;
use App\Repositories\RecipeRepository;
use App\Services\TokenService;
use Illuminate\Http\Request;
use Illuminate\Validation\Rule;
use Throwable;

class AccountController extends Controller
{
    public function __construct(
        private RecipeRepository $recipes,
        private TokenService $tokens,
    ) {
    }

    public function update(Request $request)
    {
        $data = $request->validate([
            'name' => ['required', 'string', 'max:80'],
            'home_cuisine' => ['nullable', Rule::in(Recipe::CUISINES)],
        ]);

        $request->user()->update($data);

        return back()->with('status', 'Preferences saved.');
    }

    public function widgetFeed(Request $request)
    {
        $userId = $this->tokens->peekSubject((string) $request->bearerToken());
        abort_if($userId === null, 401);

        return response()->json($this->recipes->feedFor(User::findOrFail($userId), 10));
    }

    public function appFeed(Request $request)
    {
        try {
            $claims = $this->tokens->verify((string) $request->bearerToken());
        } catch (Throwable) {
            abort(401);
        }

        return response()->json($this->recipes->feedFor(User::findOrFail((int) $claims['sub']), 20));
    }
}
