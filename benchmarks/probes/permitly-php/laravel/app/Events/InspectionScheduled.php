<?php

namespace App\Events;

use App\Models\Inspection;
use Illuminate\Foundation\Events\Dispatchable;
use Illuminate\Queue\SerializesModels;

class InspectionScheduled
{
    use Dispatchable, SerializesModels;

    public function __construct(public Inspection $inspection)
    {
    }
}
