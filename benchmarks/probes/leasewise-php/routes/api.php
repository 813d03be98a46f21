<?php

use App\Http\Controllers\PaymentCallbackController;
use App\Http\Controllers\PaymentController;
use App\Http\Controllers\UnitController;
use Illuminate\Support\Facades\Route;

Route::post('/payments/callback', [PaymentCallbackController::class, 'handle'])
    ->middleware('throttle:payments-callback');

Route::middleware(['owner.cors', 'auth:sanctum'])->prefix('owner')->group(function () {
    Route::get('/units', [UnitController::class, 'index']);
    Route::get('/properties/{property}/monthly', [PaymentController::class, 'monthly']);
});
