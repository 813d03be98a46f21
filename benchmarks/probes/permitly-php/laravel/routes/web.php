<?php

use App\Http\Controllers\AuthController;
use App\Http\Controllers\ContractorController;
use App\Http\Controllers\DocumentController;
use App\Http\Controllers\FeeStatementController;
use App\Http\Controllers\InspectionController;
use App\Http\Controllers\PermitApplicationController;
use App\Http\Middleware\AuthenticateApiToken;
use App\Http\Middleware\HandleCors;
use Illuminate\Support\Facades\Route;

/*
|--------------------------------------------------------------------------
| Portal routes
|--------------------------------------------------------------------------
*/

Route::get('/', fn () => redirect()->route('permits.index'));

Route::get('/login', [AuthController::class, 'showLogin'])->name('login');
Route::post('/login', [AuthController::class, 'login'])->name('login.attempt');
Route::post('/logout', [AuthController::class, 'logout'])->name('logout');
Route::get('/sso/callback', [AuthController::class, 'ssoCallback'])->name('sso.callback');
Route::get('/sso/portal', [AuthController::class, 'portal'])->name('sso.portal');

Route::middleware(['auth', HandleCors::class])->group(function () {
    Route::get('/permits', [PermitApplicationController::class, 'index'])->name('permits.index');
    Route::post('/permits', [PermitApplicationController::class, 'store'])->name('permits.store');
    Route::post('/permits/drafts/restore', [PermitApplicationController::class, 'restoreDraft'])->name('permits.drafts.restore');
    Route::get('/permits/{permit}', [PermitApplicationController::class, 'show'])->name('permits.show');

    Route::post('/permits/{permit}/inspections', [InspectionController::class, 'store'])->name('inspections.store');
    Route::get('/inspections/{inspection}', [InspectionController::class, 'show'])->name('inspections.show');
    Route::get('/inspections/calendar/{inspector}', [InspectionController::class, 'calendar'])->name('inspections.calendar');
    Route::get('/inspections/day/{type}', [InspectionController::class, 'day'])->name('inspections.day');

    Route::post('/permits/{permit}/documents', [DocumentController::class, 'upload'])->name('documents.upload');
    Route::post('/permits/{permit}/plans', [DocumentController::class, 'uploadPlanSet'])->name('documents.plans');
    Route::get('/permits/{permit}/documents/download', [DocumentController::class, 'download'])->name('documents.download');
    Route::get('/permits/{permit}/documents/preview', [DocumentController::class, 'preview'])->name('documents.preview');
    Route::delete('/permits/{permit}/documents', [DocumentController::class, 'destroy'])->name('documents.destroy');

    Route::get('/fees', [FeeStatementController::class, 'index'])->name('fees.index');
    Route::get('/fees/summary/{year}', [FeeStatementController::class, 'yearSummary'])->name('fees.summary');
    Route::post('/fees/{statement}/pdf', [FeeStatementController::class, 'generatePdf'])->name('fees.pdf');

    Route::get('/contractors/licence', [ContractorController::class, 'verifyLicence'])->name('contractors.licence');
    Route::get('/contractors/directory', [ContractorController::class, 'directory'])->name('contractors.directory');
    Route::put('/contractors/{contractor}/webhook', [ContractorController::class, 'updateWebhook'])->name('contractors.webhook');
    Route::put('/contractors/{contractor}/profile', [ContractorController::class, 'updateProfile'])->name('contractors.profile');
});

Route::post('/contractors/register', [ContractorController::class, 'register'])->name('contractors.register');

/*
|--------------------------------------------------------------------------
| Machine-to-machine API (mounted under /api by bootstrap/app.php)
|--------------------------------------------------------------------------
*/

Route::prefix('api/v1')->middleware([HandleCors::class, AuthenticateApiToken::class])->group(function () {
    Route::get('/permits', [PermitApplicationController::class, 'index']);
    Route::get('/permits/{permit}', [PermitApplicationController::class, 'showJson']);
    Route::get('/fees', [FeeStatementController::class, 'index']);
});

Route::post('/hooks/payments', [FeeStatementController::class, 'paymentNotification'])->name('hooks.payments');
