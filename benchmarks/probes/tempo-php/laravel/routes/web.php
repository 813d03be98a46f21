<?php

use App\Http\Controllers\AuthController;
use App\Http\Controllers\InvoiceController;
use App\Http\Controllers\LessonController;
use App\Http\Controllers\RecitalController;
use App\Http\Controllers\SheetMusicController;
use App\Http\Controllers\StudentController;
use App\Http\Controllers\TeacherController;
use App\Http\Middleware\ResolveStaffFromToken;
use Illuminate\Support\Facades\Route;

Route::post('/login', [AuthController::class, 'login'])->name('login');
Route::post('/logout', [AuthController::class, 'logout'])->name('logout');
Route::post('/staff/login', [AuthController::class, 'staffLogin']);
Route::get('/staff/session', [AuthController::class, 'staffSession']);
Route::post('/password/reset-code', [AuthController::class, 'sendResetCode']);

Route::middleware('auth')->group(function () {
    Route::get('/students', [StudentController::class, 'index'])->name('students.index');
    Route::post('/students', [StudentController::class, 'store'])->name('students.store');
    Route::get('/lessons', [LessonController::class, 'index']);
    Route::get('/lessons/teacher/{teacher}', [LessonController::class, 'byTeacher'])->whereNumber('teacher');
    Route::get('/invoices', [InvoiceController::class, 'index']);
    Route::post('/invoices/{invoice}/pdf', [InvoiceController::class, 'renderPdf']);
    Route::post('/invoices/{invoice}/share', [InvoiceController::class, 'shareLink']);
    Route::get('/recitals/{recital}/program', [RecitalController::class, 'program'])->name('recitals.program');
    Route::get('/recitals/{recital}/roster.csv', [RecitalController::class, 'exportRoster']);
    Route::post('/recitals/{recital}/newsletter/preview', [RecitalController::class, 'previewNewsletter']);
    Route::get('/sheets/download', [SheetMusicController::class, 'download']);
    Route::get('/sheets/view/{name}', [SheetMusicController::class, 'show']);
    Route::post('/sheets/import', [SheetMusicController::class, 'import']);
    Route::post('/repertoire/catalog', [SheetMusicController::class, 'uploadCatalog']);
    Route::post('/repertoire/inspect', [SheetMusicController::class, 'inspect']);
    Route::get('/repertoire/search', [SheetMusicController::class, 'search']);
});

Route::middleware(ResolveStaffFromToken::class)->prefix('staff')->group(function () {
    Route::post('/teachers/{teacher}/calendar/sync', [TeacherController::class, 'syncCalendar']);
    Route::post('/teachers/{teacher}/calendar/subscribe', [TeacherController::class, 'subscribe']);
    Route::post('/clips', [TeacherController::class, 'clip']);
    Route::post('/recordings/normalize', [TeacherController::class, 'normalize']);
    Route::get('/directory', [TeacherController::class, 'directory']);
});
