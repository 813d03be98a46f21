<?php

namespace App\Http\Controllers;

use App\Http\Requests\UpdateDogRequest;
use App\Models\Dog;
use App\Repositories\DogRepository;
use App\Services\KennelClubClient;
use App\Services\PedigreeImporter;
use App\Services\PhotoService;
use Illuminate\Http\Client\RequestException;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\View\View;
use RuntimeException;

class DogController
{
    public function __construct(
        private readonly DogRepository $dogs,
        private readonly PhotoService $photos,
        private readonly PedigreeImporter $pedigrees,
    ) {
    }

    /**
     * Backs the dog picker on the entry form and the public dog search.
     */
    public function index(Request $request): JsonResponse
    {
        $term = trim((string) $request->query('q', ''));
        $breedId = $request->filled('breed') ? (int) $request->query('breed') : null;

        $page = $this->dogs->search($term, $breedId)->withQueryString();

        return response()->json([
            'data' => collect($page->items())->map(fn (Dog $dog) => [
                'id' => $dog->id,
                'registered_name' => $dog->registered_name,
                'call_name' => $dog->call_name,
                'breed' => $dog->breed?->name,
                'kennel' => $dog->kennel?->affix,
                'reg_number' => $dog->reg_number,
                'url' => route('dogs.show', $dog),
            ]),
            'next' => $page->nextPageUrl(),
            'total' => $page->total(),
        ]);
    }

    public function byAffix(Request $request): JsonResponse
    {
        $affix = (string) $request->query('affix', '');

        return response()->json(['data' => $affix === '' ? [] : $this->dogs->byKennelAffix($affix)]);
    }

    public function show(Dog $dog): View
    {
        $dog->load(['breed', 'kennel', 'entries.show', 'entries.result']);

        return view('dogs.show', ['dog' => $dog]);
    }

    public function update(UpdateDogRequest $request, Dog $dog): RedirectResponse
    {
        $this->dogs->updateProfile($dog, $request->validated());

        return redirect()->route('dogs.show', $dog)->with('status', 'Profile updated.');
    }

    public function importPhoto(Request $request, Dog $dog): RedirectResponse
    {
        abort_unless($dog->isEditableBy($request->user()), 403);
        $data = $request->validate(['photo_url' => ['required', 'string', 'max:500']]);

        try {
            $relative = $this->photos->importFromUrl($dog, $data['photo_url']);
        } catch (RuntimeException $e) {
            return back()->withErrors(['photo_url' => $e->getMessage()]);
        }

        $this->photos->deleteStored($dog);
        $dog->forceFill(['photo_path' => $relative])->save();

        return redirect()->route('dogs.show', $dog)->with('status', 'Photo imported.');
    }

    /**
     * Cross-checks the registration number the owner typed against the Kennel Club.
     */
    public function verifyRegistration(Request $request, Dog $dog, KennelClubClient $kc): JsonResponse
    {
        abort_unless($dog->isEditableBy($request->user()), 403);
        $reg = strtoupper(trim((string) $request->input('reg_number', $dog->reg_number)));

        try {
            $record = $kc->registration($reg);
        } catch (RequestException $e) {
            return response()->json(['verified' => false, 'status' => $e->response->status()], 422);
        }

        $matches = strcasecmp((string) ($record['registered_name'] ?? ''), (string) $dog->registered_name) === 0;
        if ($matches) {
            $dog->forceFill(['reg_number' => $reg])->save();
        }

        return response()->json(['verified' => $matches, 'kennel_club' => $record]);
    }

    public function resizePhoto(Request $request, Dog $dog): JsonResponse
    {
        abort_unless($dog->isEditableBy($request->user()), 403);
        $geometry = (string) $request->json('geometry', '800x600');

        try {
            $this->photos->resize($dog, $geometry);
        } catch (RuntimeException $e) {
            return response()->json(['message' => $e->getMessage()], 422);
        }

        return response()->json(['status' => 'resized']);
    }

    public function importPedigree(Request $request, Dog $dog): JsonResponse
    {
        abort_unless($dog->isEditableBy($request->user()), 403);
        $request->validate([
            'pedigree' => ['required', 'file', 'mimetypes:application/xml,text/xml', 'max:2048'],
        ]);

        try {
            $summary = $this->pedigrees->import($dog, $request->file('pedigree')->get());
        } catch (RuntimeException $e) {
            return response()->json(['message' => $e->getMessage()], 422);
        }

        return response()->json(['imported' => $summary]);
    }

    public function previewPedigree(Request $request): JsonResponse
    {
        $xml = $request->getContent();
        if ($xml === '') {
            return response()->json(['message' => 'Send the KCML document as the request body.'], 422);
        }

        try {
            return response()->json(['preview' => $this->pedigrees->preview($xml)]);
        } catch (RuntimeException $e) {
            return response()->json(['message' => $e->getMessage()], 422);
        }
    }

    public function ancestor(Request $request, Dog $dog): JsonResponse
    {
        try {
            if ($request->filled('sire')) {
                return response()->json(['line' => $this->pedigrees->sireLine($dog, (string) $request->query('sire'))]);
            }

            $ancestor = $this->pedigrees->ancestorByRegistration($dog, (string) $request->query('reg', ''));
        } catch (RuntimeException $e) {
            return response()->json(['message' => $e->getMessage()], 422);
        }

        return $ancestor === null
            ? response()->json(['message' => 'Not found in this pedigree.'], 404)
            : response()->json(['ancestor' => $ancestor]);
    }
}
