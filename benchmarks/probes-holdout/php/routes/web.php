<?php

use App\Http\Controllers\AuthController;
use App\Http\Controllers\CatalogueController;
use App\Http\Controllers\DogController;
use App\Http\Controllers\EntryController;
use App\Http\Controllers\KennelController;
use App\Http\Controllers\MediaController;
use App\Http\Controllers\ResultController;
use App\Http\Controllers\RingController;
use Illuminate\Support\Facades\Route;

Route::redirect('/', '/login')->name('home');

Route::get('/login', [AuthController::class, 'showLogin'])->name('login');
Route::post('/login', [AuthController::class, 'login']);
Route::post('/logout', [AuthController::class, 'logout'])->name('logout');
Route::get('/sso/callback', [AuthController::class, 'ssoCallback'])->name('sso.callback');

Route::middleware('auth')->group(function () {
    Route::get('/switch-show', [AuthController::class, 'switchShow'])->name('switch-show');

    Route::get('/dogs', [DogController::class, 'index'])->name('dogs.index');
    Route::get('/dogs/by-affix', [DogController::class, 'byAffix'])->name('dogs.affix');
    Route::get('/dogs/{dog}', [DogController::class, 'show'])->name('dogs.show');
    Route::put('/dogs/{dog}', [DogController::class, 'update'])->name('dogs.update');
    Route::post('/dogs/{dog}/photo', [DogController::class, 'importPhoto'])->name('dogs.photo');
    Route::post('/dogs/{dog}/verify-registration', [DogController::class, 'verifyRegistration'])->name('dogs.verify');
    Route::post('/dogs/{dog}/photo/resize', [DogController::class, 'resizePhoto'])->name('dogs.photo.resize');
    Route::post('/dogs/{dog}/pedigree', [DogController::class, 'importPedigree'])->name('dogs.pedigree');
    Route::get('/dogs/{dog}/pedigree/ancestor', [DogController::class, 'ancestor'])->name('dogs.pedigree.ancestor');
    Route::post('/pedigrees/preview', [DogController::class, 'previewPedigree'])->name('pedigrees.preview');

    Route::get('/shows/{show}/entries', [EntryController::class, 'index'])->name('entries.index');
    Route::post('/shows/{show}/entries', [EntryController::class, 'store'])->name('entries.store');
    Route::get('/entries/{entry}', [EntryController::class, 'show'])->name('entries.show');
    Route::post('/entries/{entry}/withdraw', [EntryController::class, 'withdraw'])->name('entries.withdraw');

    Route::get('/shows/{show}/results', [ResultController::class, 'index'])->name('results.index');
    Route::post('/shows/{show}/results', [ResultController::class, 'store'])->name('results.store');
    Route::get('/shows/{show}/results/export', [ResultController::class, 'export'])->name('results.export');
    Route::get('/shows/{show}/results/breed', [ResultController::class, 'byBreed'])->name('results.breed');

    Route::get('/shows/{show}/rings', [RingController::class, 'index'])->name('rings.index');
    Route::get('/rings/{ring}/judge-lookup', [RingController::class, 'judgeLookup'])->name('rings.judge');
    Route::get('/rings/{ring}/judge-search', [RingController::class, 'judgeSearch'])->name('rings.judge.search');
    Route::post('/rings/{ring}/score', [RingController::class, 'score'])->name('rings.score');

    Route::post('/kennels', [KennelController::class, 'store'])->name('kennels.store');
    Route::put('/kennels/{kennel}', [KennelController::class, 'update'])->name('kennels.update');
    Route::post('/kennels/{kennel}/verify', [KennelController::class, 'verify'])->name('kennels.verify');
    Route::post('/kennels/{kennel}/logo', [KennelController::class, 'fetchLogo'])->name('kennels.logo');

    Route::get('/media/{path}', [MediaController::class, 'show'])->where('path', '.*')->name('media.show');
    Route::get('/exports/{file}', [MediaController::class, 'export'])->name('media.export');
    Route::delete('/media/dogs/{dog}', [MediaController::class, 'destroyPhoto'])->name('media.destroy');

    Route::post('/shows/{show}/catalogue', [CatalogueController::class, 'generate'])->name('catalogue.generate');
    Route::put('/shows/{show}/catalogue/settings', [CatalogueController::class, 'updateFooter'])->name('catalogue.settings');
    Route::get('/shows/{show}/catalogue/preview', [CatalogueController::class, 'preview'])->name('catalogue.preview');
    Route::get('/shows/{show}/catalogue/download', [CatalogueController::class, 'download'])->name('catalogue.download');
});
