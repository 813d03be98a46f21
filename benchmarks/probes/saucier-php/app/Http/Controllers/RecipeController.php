<?php

namespace App\Http\Controllers;

use App\Http\Requests\RecipeSearchRequest;
use App\Models\Recipe;
use App\Repositories\RecipeRepository;
use App\Services\ImageFetcher;
use App\Services\RecipeSearchService;
use App\Services\ScalingService;
use App\Support\SearchCriteria;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Blade;

class RecipeController extends Controller
{
    private const CARD_TEMPLATE = <<<'BLADE'
        <article class="recipe-card">
            <h3>{{ $title }}</h3>
            <p class="byline">by {{ $author }}</p>
            <p class="time">{{ $minutes }} min</p>
        </article>
        BLADE;

    public function __construct(
        private RecipeSearchService $search,
        private RecipeRepository $recipes,
        private ImageFetcher $images,
        private ScalingService $scaling,
    ) {
    }

    public function index(RecipeSearchRequest $request)
    {
        $term = (string) $request->input('q', '');
        $filters = [
            'cuisine' => $request->input('cuisine'),
            'max_minutes' => $request->integer('max_minutes'),
            'diet' => $request->input('diet'),
        ];

        $results = $this->search->search($term, $filters);

        if ($results->isEmpty() && $term !== '') {
            return response('<div class="empty-state">Nothing matched “' . e($term) . '”. Try fewer words.</div>', 404); // SAFE xss
        }

        return view('recipes.index', ['recipes' => $results, 'term' => $term, 'cuisines' => Recipe::CUISINES]);
    }

    public function browse(Request $request)
    {
        $criteria = SearchCriteria::fromArray($request->only(['sort', 'dir', 'per_page', 'cuisine']));

        return view('recipes.browse', [
            'recipes' => $this->recipes->paginate($criteria),
            'criteria' => $criteria,
        ]);
    }

    public function show(string $slug)
    {
        $recipe = Recipe::with('author')->where('slug', $slug)->where('published', true)->firstOrFail();

        return view('recipes.show', ['recipe' => $recipe]);
    }

    public function scale(Request $request, Recipe $recipe)
    {
        $servings = (string) $request->input('servings', (string) $recipe->servings);
        $factor = $this->scaling->factorFor($servings, (int) $recipe->servings);

        $ingredients = collect($recipe->ingredients)->map(fn (array $line) => [
            'name' => $line['name'],
            'amount' => round($line['amount'] * $factor, 2),
            'unit' => $this->scaling->convert($line['unit'], $request->input('unit_system', 'metric')),
        ]);

        return response()->json(['factor' => $factor, 'ingredients' => $ingredients]);
    }

    public function preview(Request $request)
    {
        $markup = Blade::render($request->input('card_template', self::CARD_TEMPLATE), [ // VULN ssti
            'title' => $request->input('title', 'Untitled'),
            'author' => $request->user()?->name ?? 'Guest',
            'minutes' => (int) $request->input('minutes', 30),
        ]);

        return response($markup);
    }

    public function renderCard(Request $request)
    {
        $markup = Blade::render(self::CARD_TEMPLATE, [ // SAFE ssti
            'title' => $request->input('title', 'Untitled'),
            'author' => $request->input('author', 'Guest'),
            'minutes' => (int) $request->input('minutes', 30),
        ]);

        return response($markup);
    }

    public function attachImage(Request $request, Recipe $recipe)
    {
        $this->authorize('update', $recipe);

        $path = $this->images->fetch($request->input('image_url'), 'recipes/' . $recipe->id);
        $recipe->update(['image_path' => $path]);

        return back()->with('status', 'Image attached.');
    }

    public function attachCdnImage(Request $request, Recipe $recipe)
    {
        $this->authorize('update', $recipe);

        $path = $this->images->fetchFromCdn($request->input('image_url'), 'recipes/' . $recipe->id);
        if ($path === null) {
            return back()->withErrors(['image_url' => 'Images must be hosted on the Saucier CDN.']);
        }
        $recipe->update(['image_path' => $path]);

        return back()->with('status', 'Image attached.');
    }

    public function partnerFeed(Request $request)
    {
        return response()->json(
            Recipe::where('published', true)
                ->latest()
                ->limit(50)
                ->get(['title', 'slug', 'summary', 'cuisine', 'image_path'])
        );
    }
}
