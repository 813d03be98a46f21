<?php

use App\Http\Controllers\AuthController;
use App\Http\Controllers\BranchController;
use App\Http\Controllers\DamageReportController;
use App\Http\Controllers\FleetController;
use App\Http\Controllers\InvoiceController;
use App\Http\Controllers\ReportController;
use App\Http\Controllers\ReservationController;
use Illuminate\Support\Facades\Route;

Route::post('/auth/register', [AuthController::class, 'register']);

Route::middleware('auth:sanctum')->group(function () {
    Route::get('/fleet', [FleetController::class, 'index']);
    Route::get('/fleet/mileage', [FleetController::class, 'mileage']);
    Route::get('/fleet/{vehicle}/telemetry', [FleetController::class, 'telemetry']);
    Route::get('/fleet/{vehicle}/position', [FleetController::class, 'position']);
    Route::get('/branches/{branch}/regional-summary', [BranchController::class, 'regionalSummary']);
    Route::get('/reservations/export', [ReservationController::class, 'export']);
    Route::post('/reservations', [ReservationController::class, 'store']);
    Route::post('/reservations/{reservation}/invoice', [InvoiceController::class, 'generate']);
    Route::post('/damage-reports/{report}/photos', [DamageReportController::class, 'uploadPhotos']);
    Route::get('/damage-reports/{report}/photo', [DamageReportController::class, 'photo']);
    Route::post('/reports/branch', [ReportController::class, 'branch']);
    Route::get('/reports/receipt/{reservation}', [ReportController::class, 'receipt']);
});
