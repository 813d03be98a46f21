<?php

use App\Repositories\RentalRepository;
use Illuminate\Support\Facades\Schedule;

Schedule::call(fn () => app(RentalRepository::class)->advanceChargeDates())->dailyAt('02:15')->name('rentals:advance-charge-dates');
