<?php

use App\Http\Controllers\AuthController;
use App\Http\Controllers\DocumentController;
use App\Http\Controllers\GradebookController;
use App\Http\Controllers\IntegrationController;
use App\Http\Controllers\MessageController;
use App\Http\Controllers\NewsletterController;
use App\Http\Controllers\PortalController;
use App\Http\Controllers\PreferencesController;
use Illuminate\Support\Facades\Route;

Route::view('/', 'portal.welcome')->name('home');
Route::post('/login', [AuthController::class, 'login'])->name('login');
Route::post('/register', [AuthController::class, 'register']);
Route::post('/token/refresh', [AuthController::class, 'refresh']);
Route::post('/password/forgot', [AuthController::class, 'forgot']);

Route::middleware(['parent.session', 'cors.policy'])->group(function () {
    Route::get('/portal', [PortalController::class, 'dashboard'])->name('portal.dashboard');
    Route::get('/portal/search', [PortalController::class, 'search'])->name('portal.search');
    Route::get('/portal/leave', [PortalController::class, 'leave']);
    Route::get('/portal/continue', [PortalController::class, 'continue']);

    Route::get('/students/{studentId}/grades', [GradebookController::class, 'show'])->whereNumber('studentId');
    Route::get('/students/{studentId}/history', [GradebookController::class, 'history'])->whereNumber('studentId');
    Route::post('/students/{studentId}/invite', [AuthController::class, 'invite'])->whereNumber('studentId');
    Route::get('/sections/{sectionId}/attendance', [GradebookController::class, 'attendance']);
    Route::post('/sections/{sectionId}/rubric/preview', [GradebookController::class, 'previewRubric']);
    Route::post('/preferences/sort', [PreferencesController::class, 'updateSort']);

    Route::get('/documents/download', [DocumentController::class, 'download']);
    Route::get('/report-cards/{filename}', [DocumentController::class, 'reportCard'])->name('report-cards.show');
    Route::post('/documents', [DocumentController::class, 'upload']);
    Route::post('/documents/bundle', [DocumentController::class, 'uploadBundle']);
    Route::post('/profile/avatar', [DocumentController::class, 'avatar']);

    Route::get('/messages', [MessageController::class, 'index']);
    Route::get('/messages/search', [MessageController::class, 'search']);
});

Route::prefix('staff')->middleware('auth:staff')->group(function () {
    Route::post('/newsletters/preview', [NewsletterController::class, 'preview']);
    Route::post('/integrations/feeds', [IntegrationController::class, 'importFeed']);
    Route::post('/integrations/calendar', [IntegrationController::class, 'syncCalendar']);
    Route::post('/integrations/sis/push', [IntegrationController::class, 'pushToSis']);
    Route::post('/integrations/sis/roster', [IntegrationController::class, 'pullRoster']);
    Route::post('/integrations/transcripts', [IntegrationController::class, 'transcript']);
});
