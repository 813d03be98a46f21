<?php

use App\Http\Controllers\Auth\LoginController;
use App\Http\Controllers\DocumentController;
use App\Http\Controllers\LeaseController;
use App\Http\Controllers\MaintenanceController;
use App\Http\Controllers\NoticeController;
use App\Http\Controllers\OwnerWebhookController;
use App\Http\Controllers\PaymentController;
use App\Http\Controllers\PropertyController;
use App\Http\Controllers\ReportController;
use App\Http\Controllers\StaffDirectoryController;
use App\Http\Controllers\TenantController;
use App\Http\Controllers\UnitController;
use Illuminate\Support\Facades\Route;

Route::get('/login', [LoginController::class, 'show'])->name('login');
Route::post('/login', [LoginController::class, 'login'])->middleware('throttle:10,1');
Route::post('/logout', [LoginController::class, 'logout'])->name('logout');

Route::get('/vendor/tickets/{ticket}', [MaintenanceController::class, 'vendorView'])
    ->middleware('throttle:30,1')
    ->name('maintenance.vendor');

Route::middleware('auth')->group(function () {
    Route::get('/', fn () => redirect()->route('units.index'))->name('dashboard');

    Route::get('/units', [UnitController::class, 'index'])->name('units.index');
    Route::get('/units/{unit}', [UnitController::class, 'show'])->name('units.show');

    Route::get('/tenants', [TenantController::class, 'index'])->name('tenants.index');
    Route::get('/tenants/{tenant}', [TenantController::class, 'show'])->name('tenants.show');
    Route::put('/tenants/{tenant}', [TenantController::class, 'update'])->name('tenants.update');
    Route::get('/tenants/{tenant}/activity', [TenantController::class, 'activity'])->name('tenants.activity');
    Route::post('/tenants/{tenant}/invite', [TenantController::class, 'invite'])->name('tenants.invite');

    Route::post('/leases/wizard', [LeaseController::class, 'wizard'])->name('leases.wizard');
    Route::post('/leases/{lease}/document', [LeaseController::class, 'generateDocument'])->name('leases.document');
    Route::get('/leases/{lease}/attachments', [DocumentController::class, 'attachment'])->name('leases.attachment');
    Route::get('/leases/{lease}/signed-copy', [DocumentController::class, 'signedCopy'])->name('leases.signed');
    Route::post('/leases/{lease}/bundle', [DocumentController::class, 'uploadBundle'])->name('leases.bundle');
    Route::post('/documents/thumbnail', [DocumentController::class, 'thumbnail'])->name('documents.thumbnail');
    Route::get('/statements/{statement}/pdf', [DocumentController::class, 'statementPdf'])->name('statements.pdf');

    Route::get('/payments/ledger/{tenant}', [PaymentController::class, 'ledger'])->name('payments.ledger');
    Route::get('/payments/monthly/{property}', [PaymentController::class, 'monthly'])->name('payments.monthly');
    Route::post('/leases/{lease}/charge', [PaymentController::class, 'charge'])->name('payments.charge');
    Route::post('/payments/bank-import', [PaymentController::class, 'importBankFile'])->name('payments.import');
    Route::post('/payments/reconcile', [PaymentController::class, 'reconcile'])->name('payments.reconcile');

    Route::post('/units/{unit}/maintenance', [MaintenanceController::class, 'store'])->name('maintenance.store');
    Route::get('/maintenance/{ticket}', [MaintenanceController::class, 'show'])->name('maintenance.show');
    Route::patch('/maintenance/{ticket}', [MaintenanceController::class, 'update'])->name('maintenance.update');
    Route::get('/units/{unit}/maintenance/history', [MaintenanceController::class, 'history'])->name('maintenance.history');

    Route::put('/properties/{property}/fee-rule', [PropertyController::class, 'updateFeeRule']);
    Route::post('/properties/{property}/fee-rule/preview', [PropertyController::class, 'previewFeeRule']);
    Route::post('/properties/{property}/photos', [PropertyController::class, 'importPhoto']);
    Route::post('/properties/{property}/listing-import', [PropertyController::class, 'importListing']);

    Route::post('/reports/arrears', [ReportController::class, 'arrears'])->name('reports.arrears');
    Route::get('/reports/arrears', [ReportController::class, 'arrearsResult']);

    Route::post('/notices/preview', [NoticeController::class, 'preview'])->name('notices.preview');

    Route::get('/staff/search', [StaffDirectoryController::class, 'search']);
    Route::get('/staff/{uid}', [StaffDirectoryController::class, 'show']);

    Route::put('/owners/{owner}/webhook', [OwnerWebhookController::class, 'update']);
});
