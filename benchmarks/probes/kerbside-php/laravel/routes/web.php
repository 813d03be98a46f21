<?php

use App\Http\Controllers\AuthController;
use App\Http\Controllers\FleetController;
use Illuminate\Support\Facades\Route;

Route::get('/fleet/search', [FleetController::class, 'searchPage'])->name('fleet.search');
Route::get('/fleet/quick-check', [FleetController::class, 'quickCheck']);
Route::post('/login', [AuthController::class, 'login'])->name('login');
Route::get('/login/complete', [AuthController::class, 'complete']);
