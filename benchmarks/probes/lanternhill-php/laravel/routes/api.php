<?php

use App\Http\Controllers\PartnerApiController;
use App\Http\Middleware\CorsProfiles;
use App\Http\Middleware\PartnerTokenMiddleware;
use Illuminate\Support\Facades\Route;

Route::middleware([CorsProfiles::class . ':partner', PartnerTokenMiddleware::class])->prefix('partner/v1')->group(function () {
    Route::get('/performances/{performance}/seats', [PartnerApiController::class, 'seats']);
    Route::post('/holds', [PartnerApiController::class, 'placeHold']);
});

// seat map widget embedded on community sites; uses the visitor's hub session
Route::middleware(['web', CorsProfiles::class . ':embed'])->prefix('embed')->group(function () {
    Route::get('/performances/{performance}/availability', [PartnerApiController::class, 'availability']);
    Route::get('/me/holds', [PartnerApiController::class, 'myHolds']);
});
