<?php

use App\Http\Controllers\BrochureController;
use App\Http\Controllers\PartnerApiController;
use App\Livewire\CostumeFinder;
use App\Livewire\ProgramNotesEditor;
use App\Livewire\ShiftBoard;
use Illuminate\Support\Facades\Route;

/*
| Laravel module of the Lanternhill box office: public brochures, the
| volunteer shift board, the wardrobe finder and the programme notes editor.
| Mounted under /hub by the front proxy.
*/

Route::get('/brochures/{season}', [BrochureController::class, 'show'])->name('brochures.show');
Route::get('/brochures/archive/{file}', [BrochureController::class, 'archive'])->where('file', '[A-Za-z0-9._-]+')->name('brochures.archive');

Route::middleware(['auth', 'verified'])->group(function () {
    Route::get('/shift-board', ShiftBoard::class)->name('shift-board');
    Route::get('/wardrobe', CostumeFinder::class)->name('wardrobe');
    Route::get('/productions/{production}/notes', ProgramNotesEditor::class)
        ->middleware('can:edit-programme,production')
        ->name('programme.notes');
});

Route::middleware(['web'])->prefix('partner/checkout')->group(function () {
    Route::get('/start', [PartnerApiController::class, 'startCheckout'])->name('partner.checkout.start');
    Route::get('/complete', [PartnerApiController::class, 'completeCheckout'])->name('partner.checkout.complete');
    Route::get('/cancel', [PartnerApiController::class, 'cancelCheckout'])->name('partner.checkout.cancel');
});
